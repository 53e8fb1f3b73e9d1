"""The deadline engine: from what was recorded about a case to each stage's clock and due date.

Pure functions over plain data, so the case service, the import, the demo bureau and
the recompute all compute due dates the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..models.case import DONE, OPEN, PAUSED, WAITING
from .rules import Rules
from .stages import STAGE_BY_CODE, STAGES, stage_name
from .workcalendar import WorkCalendar

UPCOMING_WORKDAYS = 3  # "due within the next few working days" on the due panel

# Status of one stage, or of a case, on a given day.
S_DONE = "done"
S_DONE_LATE = "done_late"
S_OVERDUE = "overdue"
S_DUE_TODAY = "due_today"
S_UPCOMING = "upcoming"
S_ON_TRACK = "on_track"
S_NO_LIMIT = "no_limit"
S_WAITING = "waiting"          # the clock starts at a customer event that has not happened
S_NOT_STARTED = "not_started"  # the clock starts when an earlier stage is completed
S_PAUSED = "paused"
STATUS_NAMES = {
    S_OVERDUE: "超期", S_DUE_TODAY: "今日到期", S_UPCOMING: "临期", S_ON_TRACK: "正常",
    S_NO_LIMIT: "不限时", S_WAITING: "待客户", S_NOT_STARTED: "未开始", S_PAUSED: "暂停", S_DONE: "已完成",
    S_DONE_LATE: "超期完成",
}


@dataclass(frozen=True)
class Pause:
    start_on: date
    end_on: date | None
    reason: str = ""


@dataclass
class StageFacts:
    """What the clerk recorded about one stage."""

    code: str
    customer_event_on: date | None = None
    completed_on: date | None = None
    pauses: list[Pause] = field(default_factory=list)


@dataclass(frozen=True)
class CaseFacts:
    category: str
    important_load: bool
    accepted_on: date


@dataclass(frozen=True)
class StagePlan:
    """One applicable stage with its clock, as the engine computed it."""

    code: str
    seq: int
    start_on: date | None
    limit_days: int | None
    paused_days: int
    paused: bool
    due_on: date | None
    provisional: bool
    completed_on: date | None
    customer_event_on: date | None


@dataclass(frozen=True)
class CaseSummary:
    current_stage: str
    next_due: date | None
    next_due_stage: str
    state: str
    provisional: bool


@dataclass(frozen=True)
class FactError:
    """A recorded fact that breaks a rule; `field` names the form field, `message` is Chinese."""

    stage: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}：{self.message}"


def applicable_stages(rules: Rules, category: str, important_load: bool) -> list[str]:
    return [s.code for s in STAGES if rules.applies(s.code, category, important_load)]


def _clock_start(code: str, case: CaseFacts, facts: dict[str, StageFacts], applicable: set[str]) -> date | None:
    for anchor in STAGE_BY_CODE[code].anchors:
        if anchor.kind == "accepted":
            return case.accepted_on
        if anchor.kind == "customer":
            return _fact(facts, code).customer_event_on
        if anchor.stage in applicable:
            return _fact(facts, anchor.stage).completed_on
    return None


def _fact(facts: dict[str, StageFacts], code: str) -> StageFacts:
    """What was recorded about a stage; nothing recorded yet is an empty record."""
    return facts.get(code) or StageFacts(code)


def paused_workdays(pauses: list[Pause], cal: WorkCalendar) -> int:
    """Working days the clock stood still: those after a pause's start, up to and including its end."""
    return sum(cal.count_workdays(p.start_on, p.end_on) for p in pauses if p.end_on is not None)


def plan_stages(case: CaseFacts, facts: dict[str, StageFacts], rules: Rules,
                cal: WorkCalendar) -> list[StagePlan]:
    codes = applicable_stages(rules, case.category, case.important_load)
    applicable = set(codes)
    plans = []
    for seq, code in enumerate(codes):
        f = _fact(facts, code)
        start = _clock_start(code, case, facts, applicable)
        limit = rules.limit(code, case.category)
        paused = any(p.end_on is None for p in f.pauses)
        paused_days = paused_workdays(f.pauses, cal)
        due, provisional = None, False
        if start is not None and limit is not None and not paused:
            result = cal.add_workdays(start, limit + paused_days)
            due, provisional = result.day, result.provisional
        plans.append(StagePlan(code, seq, start, limit, paused_days, paused, due, provisional,
                               f.completed_on, f.customer_event_on))
    return plans


def summarize(plans: list[StagePlan]) -> CaseSummary:
    open_plans = [p for p in plans if p.completed_on is None]
    if not open_plans:
        return CaseSummary("", None, "", DONE, False)
    current = open_plans[0]
    running = [p for p in open_plans if p.due_on is not None]
    nearest = min(running, key=lambda p: p.due_on) if running else None
    if any(p.paused for p in open_plans):
        state = PAUSED
    elif current.start_on is None:
        state = WAITING
    else:
        state = OPEN
    return CaseSummary(current.code, nearest.due_on if nearest else None,
                       nearest.code if nearest else "", state, any(p.provisional for p in running))


def stage_status(plan: StagePlan, today: date, cal: WorkCalendar) -> tuple[str, int]:
    """(status, working days overdue) of one stage as seen on `today`."""
    if plan.completed_on is not None:
        late = plan.due_on is not None and plan.completed_on > plan.due_on
        return (S_DONE_LATE, cal.count_workdays(plan.due_on, plan.completed_on)) if late else (S_DONE, 0)
    if plan.paused:
        return S_PAUSED, 0
    if plan.start_on is None:
        return (S_WAITING if STAGE_BY_CODE[plan.code].customer_event else S_NOT_STARTED), 0
    if plan.due_on is None:
        return S_NO_LIMIT, 0
    return due_status(plan.due_on, today, cal)


def due_status(due: date, today: date, cal: WorkCalendar) -> tuple[str, int]:
    """(status, working days overdue). Judged on a weekend or holiday, overdue days are counted up to
    the next working day: due on Friday and not done is 1 working day overdue on Sunday."""
    if due < today:
        return S_OVERDUE, cal.count_workdays(due, cal.next_workday_on_or_after(today))
    if due == today:
        return S_DUE_TODAY, 0
    if cal.count_workdays(today, due) <= UPCOMING_WORKDAYS:
        return S_UPCOMING, 0
    return S_ON_TRACK, 0


def upcoming_horizon(today: date, cal: WorkCalendar) -> date:
    """The last day still counted as 'upcoming' when judged on `today`."""
    return cal.add_workdays(today, UPCOMING_WORKDAYS).day


def check_facts(case: CaseFacts, facts: dict[str, StageFacts], rules: Rules, cal: WorkCalendar,
                today: date) -> list[FactError]:
    """Every recorded date that breaks the order of the process or lies in the future."""
    errors: list[FactError] = []
    if case.accepted_on > today:
        errors.append(FactError("", "受理日期", "不能晚于今天"))
    plans = plan_stages(case, facts, rules, cal)
    previous: StagePlan | None = None
    for plan in plans:
        name = stage_name(plan.code)
        f = _fact(facts, plan.code)
        event = STAGE_BY_CODE[plan.code].customer_event
        if f.customer_event_on is not None and event:
            label = f"{event}日期"
            if f.customer_event_on > today:
                errors.append(FactError(plan.code, label, "不能晚于今天"))
            elif f.customer_event_on < case.accepted_on:
                errors.append(FactError(plan.code, label, f"不能早于受理日期 {case.accepted_on:%Y-%m-%d}"))
        done = plan.completed_on
        label = f"{name}完成日期"
        if done is not None:
            if done > today:
                errors.append(FactError(plan.code, label, "不能晚于今天"))
            elif plan.start_on is None and event:
                errors.append(FactError(plan.code, label, f"请先录入{event}日期"))
            elif plan.start_on is not None and done < plan.start_on:
                errors.append(FactError(plan.code, label,
                                        f"不能早于本环节开始日期 {plan.start_on:%Y-%m-%d}"))
            elif done < case.accepted_on:
                errors.append(FactError(plan.code, label, f"不能早于受理日期 {case.accepted_on:%Y-%m-%d}"))
            elif previous is not None and previous.completed_on is None:
                errors.append(FactError(plan.code, label, f"上一环节“{stage_name(previous.code)}”尚未完成"))
            elif previous is not None and done < previous.completed_on:
                errors.append(FactError(plan.code, label, f"不能早于上一环节“{stage_name(previous.code)}”"
                                        f"的完成日期 {previous.completed_on:%Y-%m-%d}"))
            elif plan.paused:
                errors.append(FactError(plan.code, label, "本环节处于暂停中，请先恢复计时"))
        errors.extend(_check_pauses(plan, f, today))
        previous = plan
    return errors


def _check_pauses(plan: StagePlan, f: StageFacts, today: date) -> list[FactError]:
    errors = []
    label = f"{stage_name(plan.code)}暂停"
    last_end: date | None = None
    for p in sorted(f.pauses, key=lambda p: p.start_on):
        if plan.start_on is None or p.start_on < plan.start_on:
            errors.append(FactError(plan.code, f"{label}开始日期", "不能早于本环节开始日期"))
        elif p.start_on > today or (p.end_on is not None and p.end_on > today):
            errors.append(FactError(plan.code, label, "日期不能晚于今天"))
        elif p.end_on is not None and p.end_on < p.start_on:
            errors.append(FactError(plan.code, f"{label}恢复日期", "不能早于暂停开始日期"))
        elif last_end is not None and p.start_on < last_end:
            errors.append(FactError(plan.code, f"{label}开始日期", "与上一次暂停重叠"))
        elif plan.completed_on is not None and p.end_on is not None and p.end_on > plan.completed_on:
            errors.append(FactError(plan.code, label, "暂停不能延续到环节完成之后"))
        last_end = p.end_on or today
    return errors


def case_status(state: str, next_due: date | None, today: date, horizon: date) -> str:
    """The register's status of a whole case from its stored columns (`horizon`: see upcoming_horizon)."""
    if state == DONE:
        return S_DONE
    if next_due is not None:
        if next_due < today:
            return S_OVERDUE
        if next_due == today:
            return S_DUE_TODAY
        return S_UPCOMING if next_due <= horizon else S_ON_TRACK
    return {PAUSED: S_PAUSED, WAITING: S_WAITING}.get(state, S_NO_LIMIT)
