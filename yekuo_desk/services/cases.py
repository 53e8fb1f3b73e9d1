"""Registering and working cases: the case form's data, stage dates, customer pauses.

Every write goes through the deadline engine: facts are checked, clocks recomputed,
the case's register columns refreshed, and changes to recorded dates put in the trail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Case, CaseStage, StagePause, Station
from ..models.base import utcnow
from . import audit, auth
from .amounts import get_number
from .numbering import next_sequence
from .case_changes import CASE_FIELD_NAMES, PLAN_FIELDS, CaseChange, field_changes, stage_effects
from .deadlines import (
    S_NOT_APPLICABLE, CaseFacts, CaseTarget, FactError, Pause, StageFacts, StagePlan, case_target, check_facts,
    plan_stages, stage_status,
)
from .history import HistoryLine, case_history
from .engine_context import EngineContext, engine_context
from .pinyin import initials
from .plan_columns import case_facts, derived_case_columns, stage_columns
from .revisits import add_supplement, has_key_revisit
from .rules import TARGET_SCOPES
from .stages import CATEGORIES, LEDGERS, STAGE_BY_CODE, STAGES, stage_name
from .stations import station_names
from .validation import (
    check_certificate, check_phone, check_plausible_date, clean_number, clean_phone, clean_text, too_long,
)
from .workcalendar import LAST_YEAR


class CaseError(ValueError):
    """A change that was refused; `errors` name the field of each problem (Chinese)."""

    def __init__(self, errors: list[FactError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class CaseConflict(CaseError):
    """Someone else saved the case since the form was opened, changing a field this user changed too:
    `conflicts` gives (field, label, their value, your value) for the user to choose."""

    def __init__(self, conflicts: list[tuple[str, str, object, object]]):
        self.conflicts = conflicts
        super().__init__([FactError("", label, f"已被他人改为“{theirs}”（您改为“{yours}”）")
                          for _, label, theirs, yours in conflicts])


class RevisitRequired(CaseError):
    """Connection recorded for a case without a key-stage revisit: allowed only when confirmed with a reason."""


def _refuse(field_label: str, message: str, stage: str = "") -> CaseError:
    return CaseError([FactError(stage, field_label, message)])


@dataclass
class CaseInput:
    """What the case form edits (everything but the stage dates)."""

    station_id: str
    customer_name: str
    category: str
    accepted_on: date
    small_business: bool = False
    important_load: bool = False
    grid_works: bool = False
    ledger: str = ""
    business_type: str = ""
    voltage: str = ""
    capacity_kva: float | None = None
    address: str = ""
    contact: str = ""
    phone: str = ""
    id_number: str = ""
    manager: str = ""        # 客户经理: named on the contact card
    manager_phone: str = ""
    case_number: str = ""  # empty: numbered automatically
    # Acceptance (seed 003 art. 18): the power-quality notice for non-linear loads, the arrears check, and
    # what the customer still has to bring (the written missing-documents notice).
    nonlinear_load: bool = False
    arrears_checked: bool = False
    missing_documents: str = ""


INPUT_FIELDS = [f.name for f in fields(CaseInput)]
STAGE_ORDER = {st.code: i for i, st in enumerate(STAGES)}
FIELD_LABELS = CASE_FIELD_NAMES  # the field names the user reads


TEXT_FIELDS = ("customer_name", "business_type", "voltage", "address", "contact", "manager", "missing_documents")
PHONE_FIELDS = ("phone", "manager_phone")


def normalized(inp: CaseInput) -> CaseInput:
    """The form's values as stored (validation.py): text cleaned, the case and ID numbers in capitals without
    spaces, phones without spaces. Every way in (form, import, command line) passes through here."""
    return replace(inp, **{name: clean_text(getattr(inp, name)) for name in TEXT_FIELDS},
                   **{name: clean_phone(getattr(inp, name)) for name in PHONE_FIELDS},
                   case_number=clean_number(inp.case_number), id_number=clean_number(inp.id_number))


def check_input(inp: CaseInput, today: date) -> list[FactError]:
    """What is wrong with the form's values (already `normalized`), each naming its field."""
    errors = []

    def bad(name: str, message: str) -> None:
        errors.append(FactError("", FIELD_LABELS[name], message))

    for name in (*TEXT_FIELDS, *PHONE_FIELDS, "id_number", "case_number"):
        problem = too_long(getattr(inp, name), Case, name)
        if problem:
            bad(name, problem)
    implausible = check_plausible_date(inp.accepted_on, last_year=LAST_YEAR - 1)
    if implausible:
        bad("accepted_on", implausible)
    if not inp.station_id:
        bad("station_id", "请选择供电所")
    if not inp.customer_name.strip():
        bad("customer_name", "不能为空")
    if inp.category not in CATEGORIES:
        bad("category", "应为 " + " / ".join(CATEGORIES.values()))
    if inp.ledger not in LEDGERS:
        bad("ledger", "应为 " + " / ".join(LEDGERS.values()))
    if inp.accepted_on > today:
        bad("accepted_on", "不能晚于今天")
    if inp.capacity_kva is not None and not (0 <= inp.capacity_kva <= 1_000_000):
        bad("capacity_kva", "应为 0–1000000 kVA")
    if inp.case_number and not re.fullmatch(r"[0-9A-Za-z\-_]{1,32}", inp.case_number):
        bad("case_number", "只能包含字母、数字和连字符，最长32位")
    for name, check in (("phone", check_phone), ("id_number", check_certificate), ("manager_phone", check_phone)):
        problem = check(getattr(inp, name))
        if problem:
            bad(name, problem)
    return errors


# ---------------------------------------------------------------- what the views get

@dataclass(frozen=True)
class StageRow:
    code: str
    name: str
    customer_event: str          # e.g. "设计送审": the clock starts at a customer event
    customer_event_on: date | None
    start_on: date | None
    limit_days: int | None
    due_on: date | None
    completed_on: date | None
    paused: bool
    paused_days: int
    provisional: bool
    status: str
    overdue_days: int
    pauses: list[Pause]
    ignored_pauses: tuple[Pause, ...] = ()  # began after the due date: they moved nothing

    @property
    def pause_note(self) -> str:
        """Why a pause did not move the due date (for the case form), or ""."""
        if not self.ignored_pauses:
            return ""
        starts = "、".join(f"{p.start_on:%Y-%m-%d}" for p in self.ignored_pauses)
        return (f"{starts} 开始的暂停晚于当时的到期日，不顺延到期日：只有客户原因造成的延误才予免责，"
                f"已超期的环节仍计超期")


@dataclass(frozen=True)
class CaseDetail:
    id: str
    case_number: str
    station_id: str
    station_name: str
    data: CaseInput
    stages: list[StageRow]
    current_stage: str
    state: str
    version: int
    rule_set_name: str = ""
    history: list[audit.AuditEntry] = field(default_factory=list)
    timeline: list[HistoryLine] = field(default_factory=list)  # the history as people read it
    has_key_revisit: bool = False
    target: CaseTarget | None = None  # the whole-case target (小微企业 10 天…), when one applies


def next_case_number(s: Session, station: Station, year: int) -> str:
    prefix = f"{station.code}-{year}-"
    return f"{prefix}{next_sequence(s, Case.case_number, prefix):05d}"


def facts_of(case: Case) -> tuple[CaseFacts, dict[str, StageFacts]]:
    """The case's recorded facts, including those of stages that no longer apply (a marked row keeps its
    dates: should the category change back, the stage returns with them)."""
    cf = case_facts(case)
    facts = {
        row.stage: StageFacts(row.stage, row.customer_event_on, row.completed_on,
                              [Pause(p.start_on, p.end_on, p.reason) for p in row.pauses if p.deleted_at is None])
        for row in case.stages
    }
    return cf, facts


def apply_plans(case: Case, plans: list[StagePlan], ctx: EngineContext) -> None:
    """Write the engine's results to the stage rows and the case's register columns. A stage that no longer
    applies is marked (deleted_at) with its recorded dates kept; every reader of live stages leaves it out."""
    rows = {row.stage: row for row in case.stages}
    wanted = {p.code for p in plans}
    for row in case.stages:
        if row.stage not in wanted and row.deleted_at is None:
            row.deleted_at = utcnow()
    for plan in plans:
        row = rows.get(plan.code)
        if row is None:
            row = CaseStage(stage=plan.code, station_id=case.station_id, category=case.category)
            case.stages.append(row)
        row.deleted_at = None
        for name, value in stage_columns(plan, ctx).items():
            setattr(row, name, value)
    for name, value in derived_case_columns(case_facts(case), plans, ctx).items():
        setattr(case, name, value)


def _recompute(s: Session, case: Case, facts: dict[str, StageFacts], today: date) -> None:
    ctx = engine_context(s)
    cf = case_facts(case)
    errors = check_facts(cf, facts, ctx.rules, ctx.calendar, today)
    if errors:
        raise CaseError(errors)
    apply_plans(case, plan_stages(cf, facts, ctx.rules, ctx.calendar), ctx)


def _load(s: Session, case_id: str, right: str = auth.READ_CASES) -> Case:
    """The case, when the actor holds `right` for its station (a clerk: only the clerk's own station's)."""
    case = s.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise _refuse("工单", "不存在或已删除")
    auth.require(s, right, case.station_id)
    return case


def _stage_row(case: Case, stage: str) -> CaseStage:
    for row in case.stages:
        if row.stage == stage and row.deleted_at is None:
            return row
    raise _refuse("环节", f"“{stage_name(stage)}”不适用于本工单", stage)


# ---------------------------------------------------------------- reading

def get_case(db: Database, case_id: str, today: date | None = None) -> CaseDetail:
    today = today or date.today()
    with db.session() as s:
        case = _load(s, case_id)
        station = s.get(Station, case.station_id)
        detail = case_detail(case, engine_context(s), today, station.name if station else "")
        row_ids = [case.id] + [row.id for row in case.stages]
        return replace(detail, history=audit.history(s, row_ids), has_key_revisit=has_key_revisit(s, case.id),
                       timeline=case_history(s, case.id, {row.id: row.stage for row in case.stages}))


def case_detail(case: Case, ctx: EngineContext, today: date, station_name: str) -> CaseDetail:
    """The case and its stages as the engine sees them on `today` (without the history: see get_case)."""
    cf, facts = facts_of(case)
    plans = plan_stages(cf, facts, ctx.rules, ctx.calendar)
    stages = []
    for plan in plans:
        status, overdue = stage_status(plan, today, ctx.calendar)
        stages.append(StageRow(
            plan.code, stage_name(plan.code), STAGE_BY_CODE[plan.code].customer_event,
            plan.customer_event_on, plan.start_on, plan.limit_days, plan.due_on, plan.completed_on,
            plan.paused, plan.paused_days, plan.provisional, status, overdue,
            facts[plan.code].pauses if plan.code in facts else [], plan.ignored_pauses))
    planned = {p.code for p in plans}
    stages += [_not_applicable_row(row) for row in case.stages
               if row.stage not in planned and (row.completed_on or row.customer_event_on)]
    stages.sort(key=lambda r: STAGE_ORDER[r.code])
    data = CaseInput(**{name: getattr(case, name) for name in INPUT_FIELDS})
    scope = ctx.rules.target_scope(cf.category, cf.small_business)
    target = case_target(cf, plans, ctx.rules, ctx.calendar, today, TARGET_SCOPES[scope]) if scope else None
    return CaseDetail(case.id, case.case_number, case.station_id, station_name, data, stages, case.current_stage,
                      case.state, case.version, ctx.rules.name, target=target)


def _not_applicable_row(row: CaseStage) -> StageRow:
    """A stage the case's category no longer has, shown with the dates recorded while it applied."""
    return StageRow(row.stage, stage_name(row.stage), STAGE_BY_CODE[row.stage].customer_event,
                    row.customer_event_on, None, None, None, row.completed_on, False, 0, False, S_NOT_APPLICABLE,
                    0, [])


def case_details(s: Session, case_ids: list[str], today: date) -> dict[str, CaseDetail]:
    """Many cases at once (a day's receipts): three queries in all and the rules loaded once."""
    from sqlalchemy.orm import selectinload

    ctx = engine_context(s)
    names = {sid: name for sid, (_, name) in station_names(s).items()}
    out: dict[str, CaseDetail] = {}
    for lo in range(0, len(case_ids), 500):
        for case in s.scalars(select(Case).where(Case.id.in_(case_ids[lo:lo + 500]))
                              .options(selectinload(Case.stages))):
            out[case.id] = case_detail(case, ctx, today, names.get(case.station_id, ""))
    return out


def find_case_id(db: Database, case_number: str) -> str | None:
    """The case of this number among those the actor may see."""
    with db.session() as s:
        station_id = auth.scope(s)
        return s.scalar(select(Case.id).where(Case.case_number == case_number, Case.deleted_at.is_(None),
                                              *([Case.station_id == station_id] if station_id else [])))


# ---------------------------------------------------------------- writing

def create_case(db: Database, inp: CaseInput, *, today: date | None = None) -> str:
    """Register a new case; returns its id. Raises CaseError naming each bad field."""
    today = today or date.today()
    inp = normalized(inp)
    errors = check_input(inp, today)
    if errors:
        raise CaseError(errors)
    with db.transaction() as s:
        auth.require(s, auth.WRITE_CASES, inp.station_id)
        station = s.get(Station, inp.station_id)
        if station is None:
            raise _refuse("供电所", "不存在")
        number = inp.case_number or next_case_number(s, station, inp.accepted_on.year)
        if s.scalar(select(Case.id).where(Case.station_id == station.id, Case.case_number == number)):
            raise _refuse("申请编号", f"{number} 已存在")
        values = {name: getattr(inp, name) for name in INPUT_FIELDS if name != "case_number"}
        case = Case(case_number=number, customer_initials=initials(inp.customer_name), **values)
        s.add(case)
        _recompute(s, case, {}, today)
        s.flush()
        audit.record(s, table="cases", row_id=case.id, field="accepted_on", old=None,
                     new=inp.accepted_on.isoformat(), reason="登记")
        add_supplement(s, case.id, case.case_number, case.station_id, today)
        return case.id


def _planned_change(s: Session, case: Case, inp: CaseInput, today: date) -> CaseChange:
    old = {name: getattr(case, name) for name in INPUT_FIELDS}
    new = {name: getattr(inp, name) for name in INPUT_FIELDS}
    new["station_id"], new["case_number"] = case.station_id, case.case_number  # neither changes here
    cf, facts = facts_of(case)
    excused = {row.stage for row in case.stages if row.customer_cause}
    effects, delta = stage_effects(cf, case_facts(new), facts, excused, engine_context(s), today,
                                   get_number(s, "amount_late_stage"))
    return CaseChange(field_changes(old, new), effects, delta)


def preview_update(db: Database, case_id: str, inp: CaseInput, *, today: date | None = None) -> CaseChange:
    """What saving the form would change: the fields, the stages that stop or start applying or get new
    limits, and the assessed amounts. Nothing is written."""
    today = today or date.today()
    with db.session() as s:
        return _planned_change(s, _load(s, case_id), normalized(inp), today)


def merge_edit(current: CaseInput, base: CaseInput, mine: CaseInput) -> CaseInput:
    """What to save when the form was opened on `base` and the row is now `current`: the fields this user changed,
    and the other writer's values for the rest. A field both changed, to different values, is a CaseConflict."""
    merged, conflicts = {}, []
    for name in INPUT_FIELDS:
        yours, was, now = getattr(mine, name), getattr(base, name), getattr(current, name)
        if yours == was:
            merged[name] = now
        elif now in (was, yours):
            merged[name] = yours
        else:
            conflicts.append((name, CASE_FIELD_NAMES.get(name, name), now, yours))
    if conflicts:
        raise CaseConflict(conflicts)
    return CaseInput(**merged)


def update_case(db: Database, case_id: str, inp: CaseInput, *, reason: str = "",
                today: date | None = None, base: CaseInput | None = None) -> CaseChange:
    """Save the case form; every changed field goes in the trail. Changing the acceptance date, the category,
    the important-load or the small-business mark needs a reason (preview_update says what it does).

    `base`: the values the form was opened with. Only the fields changed since then are written; another
    writer's change of other fields stays, and one of the same field raises CaseConflict (no lost update)."""
    today = today or date.today()
    inp = normalized(inp)
    errors = check_input(inp, today)
    if errors:
        raise CaseError(errors)
    with db.transaction() as s:
        case = _load(s, case_id, auth.WRITE_CASES)
        if inp.station_id != case.station_id:
            raise _refuse("供电所", "已登记工单不能改到其他供电所")
        if inp.case_number and inp.case_number != clean_number(case.case_number):
            raise _refuse("申请编号", "已登记工单的申请编号不能修改")
        if base is not None:
            current = CaseInput(**{name: getattr(case, name) for name in INPUT_FIELDS})
            inp = merge_edit(current, replace(normalized(base), case_number=case.case_number),
                             replace(inp, case_number=case.case_number))
        return apply_update(s, case, inp, reason, today)


def apply_update(s: Session, case: Case, inp: CaseInput, reason: str, today: date) -> CaseChange:
    """Write the form's (checked) values to a loaded case in the caller's transaction, under the change rules:
    the right and a reason to move the acceptance date, a reason for what changes the stages; each changed
    field in the trail."""
    change = _planned_change(s, case, inp, today)
    if any(f.name == "accepted_on" for f in change.fields):
        _may_change_date(s, "受理日期", reason)
    if change.needs_reason and not reason.strip():
        first = next(f for f in change.fields if f.name in PLAN_FIELDS)
        raise _refuse(first.label, f"修改已登记工单的{first.label}须填写原因")
    for name in INPUT_FIELDS:
        if name not in ("case_number", "station_id"):
            setattr(case, name, getattr(inp, name))
    case.customer_initials = initials(inp.customer_name)
    _, facts = facts_of(case)
    _recompute(s, case, facts, today)
    for f in change.fields:
        old, new = f.trail_values()
        audit.record(s, table="cases", row_id=case.id, field=f.name, old=old, new=new,
                     reason=reason.strip() or "修改")
    return change


def _change_stage_date(db: Database, case_id: str, stage: str, attr: str, on: date | None,
                       reason: str, today: date | None,
                       exception: tuple[str, str] | None = None) -> None:
    """`exception`: (field, reason) of a rule this change breaks with permission, kept with it in the trail."""
    today = today or date.today()
    with db.transaction() as s:
        case = _load(s, case_id, auth.WRITE_CASES)
        apply_dates(s, case, {(stage, attr): on}, reason, today)
        if exception:
            audit.record(s, table="cases", row_id=case_id, field=exception[0], old=None,
                         new=on.isoformat() if on else None, reason=exception[1])


def date_label(stage: str, attr: str) -> str:
    """设计审核完成日期, 设计审核设计送审日期: a recorded stage date as the user reads it."""
    what = "完成" if attr == "completed_on" else STAGE_BY_CODE[stage].customer_event
    return f"{stage_name(stage)}{what}日期"


def apply_dates(s: Session, case: Case, changes: dict[tuple[str, str], date | None], reason: str,
                today: date) -> int:
    """Record stage dates on a loaded case in the caller's transaction: `changes` maps (stage, "completed_on" or
    "customer_event_on") to the date (None clears it). Recording a date is the station's work; changing or
    clearing one already recorded needs the right to and a reason (seed 003 art. 14). The clocks are worked
    out once, for all the dates together; each change goes in the trail. Returns how many dates changed."""
    _, facts = facts_of(case)
    changed = []
    for (stage, attr), on in changes.items():
        row = _stage_row(case, stage)
        old = getattr(row, attr)
        if old == on:
            continue
        if old is not None:
            _may_change_date(s, date_label(stage, attr), reason, stage)
        setattr(facts[stage], attr, on)
        changed.append((row, attr, old, on))
    if not changed:
        return 0
    _recompute(s, case, facts, today)
    for row, attr, old, on in changed:
        setattr(row, attr, on)
        audit.record(s, table="case_stages", row_id=row.id, field=attr,
                     old=old.isoformat() if old else None, new=on.isoformat() if on else None,
                     reason=reason or "记录")
    return len(changed)


def _may_change_date(s: Session, label: str, reason: str, stage: str = "") -> None:
    """Changing or clearing a recorded date: the right (auth.CHANGE_DATES) and a reason."""
    try:
        auth.require(s, auth.CHANGE_DATES)
    except auth.AuthError as exc:
        raise _refuse(label, f"已记录的日期不能修改：{exc}（请联系营销稽查）", stage) from None
    if not reason.strip():
        raise _refuse(label, "修改已记录的日期须填写原因", stage)


def record_completion(db: Database, case_id: str, stage: str, on: date | None, *, reason: str = "",
                      without_revisit: str = "", today: date | None = None) -> None:
    """Record (or, with a reason, change or clear) the date a stage was completed.

    Power-on (装表接电) needs a key-stage revisit first (seed 000 art. 6(2)). Without one it raises
    RevisitRequired, unless `without_revisit` gives the reason, which is kept in the trail."""
    missing = False
    if stage == "connection" and on is not None:
        with db.session() as s:
            missing = not has_key_revisit(s, case_id, before=on)
        if missing and not without_revisit.strip():
            raise RevisitRequired([FactError(stage, "装表接电完成日期",
                                             f"本工单在 {on:%Y-%m-%d} 之前没有关键环节回访："
                                             "接电前应至少回访一个关键环节")])
    exception = ("connection_without_revisit", without_revisit.strip()) if missing else None
    _change_stage_date(db, case_id, stage, "completed_on", on, reason, today, exception)


def set_customer_event(db: Database, case_id: str, stage: str, on: date | None, *, reason: str = "",
                       today: date | None = None) -> None:
    """Record the customer's act that starts a stage's clock (design submitted, completion reported…)."""
    event = STAGE_BY_CODE[stage].customer_event
    if not event:
        raise _refuse(stage_name(stage), "本环节的计时不由客户事件开始", stage)
    _change_stage_date(db, case_id, stage, "customer_event_on", on, reason, today)


def pause_stage(db: Database, case_id: str, stage: str, start_on: date, reason: str, *,
                today: date | None = None) -> None:
    """Stop a stage's clock for a customer cause (客户原因暂停); the reason is required."""
    today = today or date.today()
    if not reason.strip():
        raise _refuse("暂停原因", "不能为空", stage)
    with db.transaction() as s:
        case = _load(s, case_id, auth.WRITE_CASES)
        row = _stage_row(case, stage)
        if row.completed_on is not None:
            raise _refuse(stage_name(stage), "已完成，不能暂停", stage)
        if any(p.end_on is None and p.deleted_at is None for p in row.pauses):
            raise _refuse(stage_name(stage), "已处于暂停中", stage)
        _, facts = facts_of(case)
        facts[stage].pauses.append(Pause(start_on, None, reason))
        _recompute(s, case, facts, today)
        pause = StagePause(station_id=case.station_id, start_on=start_on, reason=reason.strip())
        row.pauses.append(pause)
        s.flush()
        audit.append_many(s, audit.pause_entries(pause.id, None, start_on, None, None, reason.strip()))


def resume_stage(db: Database, case_id: str, stage: str, end_on: date, *,
                 today: date | None = None) -> None:
    """Restart a paused stage's clock; the paused working days move its due date."""
    today = today or date.today()
    with db.transaction() as s:
        case = _load(s, case_id, auth.WRITE_CASES)
        row = _stage_row(case, stage)
        open_pause = next((p for p in row.pauses if p.end_on is None and p.deleted_at is None), None)
        if open_pause is None:
            raise _refuse(stage_name(stage), "没有进行中的暂停", stage)
        _, facts = facts_of(case)
        facts[stage].pauses = [Pause(p.start_on, p.end_on or end_on, p.reason) for p in facts[stage].pauses]
        _recompute(s, case, facts, today)
        open_pause.end_on = end_on
        audit.append_many(s, audit.pause_entries(open_pause.id, None, None, None, end_on, open_pause.reason))


@dataclass(frozen=True)
class PauseRecord:
    id: str
    start_on: date
    end_on: date | None
    reason: str

    def text(self) -> str:
        return f"{self.start_on:%Y-%m-%d} 至 {f'{self.end_on:%Y-%m-%d}' if self.end_on else '（未结束）'}：{self.reason}"


def stage_pauses(db: Database, case_id: str, stage: str) -> list[PauseRecord]:
    """The pauses recorded on a stage (not withdrawn), oldest first: what 更正暂停 offers."""
    with db.session() as s:
        row = _stage_row(_load(s, case_id), stage)
        return [PauseRecord(p.id, p.start_on, p.end_on, p.reason)
                for p in sorted(row.pauses, key=lambda p: p.start_on) if p.deleted_at is None]


def correct_pause(db: Database, pause_id: str, start_on: date, end_on: date | None, reason: str, *,
                  today: date | None = None) -> None:
    """Change a recorded pause's dates (the right to change recorded dates and a reason; both dates logged)."""
    today = today or date.today()
    if end_on is not None and end_on < start_on:
        raise _refuse("暂停结束", "不能早于暂停开始")
    _rework_pause(db, pause_id, reason, today, start_on, end_on)


def withdraw_pause(db: Database, pause_id: str, reason: str, *, today: date | None = None) -> None:
    """Withdraw a pause recorded in error: the stage's clock runs through it again (a tombstone, logged)."""
    _rework_pause(db, pause_id, reason, today or date.today(), None, None)


def _rework_pause(db: Database, pause_id: str, reason: str, today: date, start_on: date | None,
                  end_on: date | None) -> None:
    with db.transaction() as s:
        pause = s.get(StagePause, pause_id)
        if pause is None or pause.deleted_at is not None:
            raise _refuse("暂停", "不存在或已撤销")
        row = pause.stage_row
        case = _load(s, row.case_id, auth.WRITE_CASES)
        _may_change_date(s, f"{stage_name(row.stage)}暂停", reason, row.stage)
        old_start, old_end = pause.start_on, pause.end_on
        if start_on is None:
            pause.deleted_at = utcnow()
        else:
            pause.start_on, pause.end_on = start_on, end_on
        _, facts = facts_of(case)
        _recompute(s, case, facts, today)
        audit.append_many(s, audit.pause_entries(pause.id, old_start, start_on, old_end, end_on, reason.strip()))
