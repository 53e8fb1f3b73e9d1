"""The deadline engine: from what was recorded about a case to each stage's clock and due date.

Pure functions over plain data, so the case service, the import, the demo bureau and
the recompute all compute due dates the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..models.case import DONE, OPEN, PAUSED, WAITING
from ..models.rules import CALENDAR_DAYS
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
S_NOT_APPLICABLE = "not_applicable"  # no longer applies after a category change; its recorded dates are kept
STATUS_NAMES = {
    S_OVERDUE: "超期", S_DUE_TODAY: "今日到期", S_UPCOMING: "临期", S_ON_TRACK: "正常",
    S_NO_LIMIT: "不限时", S_WAITING: "待客户", S_NOT_STARTED: "未开始", S_PAUSED: "暂停", S_DONE: "已完成",
    S_DONE_LATE: "超期完成", S_NOT_APPLICABLE: "不适用",
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
    small_business: bool = False


@dataclass(frozen=True)
class StagePlan:
    """One applicable stage with its clock, as the engine computed it."""

    code: str
    seq: int
    start_on: date | None
    limit_days: int | None
    paused_days: int
    paused: bool                 # a customer pause is open (已暂停), whether or not it stops the clock
    due_on: date | None
    provisional: bool
    completed_on: date | None
    customer_event_on: date | None
    clock_stopped: bool = False  # the open pause began by the due date: the clock stands still, no due date
    ignored_pauses: tuple[Pause, ...] = ()  # pauses that began after the due date: they move nothing


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
        if anchor.kind == "latest":
            done = [_fact(facts, c).completed_on for c in anchor.stages if c in applicable]
            if not done:
                continue  # none of them applies to this case: the next anchor
            return None if None in done else max(done)
        if anchor.stage in applicable:
            return _fact(facts, anchor.stage).completed_on
    return None


def _fact(facts: dict[str, StageFacts], code: str) -> StageFacts:
    """What was recorded about a stage; nothing recorded yet is an empty record."""
    return facts.get(code) or StageFacts(code)


def paused_workdays(pauses: list[Pause], cal: WorkCalendar) -> int:
    """Working days the clock stood still: those after a pause's start, up to and including its end."""
    return sum(cal.count_workdays(p.start_on, p.end_on) for p in pauses if p.end_on is not None)


@dataclass(frozen=True)
class _PauseEffect:
    paused_days: int              # working days the counted pauses add to the limit
    clock_stopped: bool           # a counted pause is still open
    ignored: tuple[Pause, ...]    # pauses that began after the due date as it stood then


def _pause_effect(start: date | None, limit: int | None, pauses: list[Pause], cal: WorkCalendar) -> _PauseEffect:
    """Seed 000 art. 10 exempts only delays the customer caused. Taken in order, a pause that begins on or
    before the due date as it stands at that moment moves it by the pause's working days (an open one stops
    the clock); a pause that begins after it moves nothing: the bureau was late already.

    E.g. limit 5 from Mon 2 Nov 2026 (due Mon 9 Nov): a pause Wed 4 → Fri 6 Nov adds 2 working days (Thu, Fri),
    due Wed 11 Nov; a second pause begun Thu 12 Nov is after that due date and moves nothing."""
    ordered = sorted(pauses, key=lambda p: p.start_on)
    if start is None or limit is None:  # no clock to move: the pauses are only kept
        return _PauseEffect(paused_workdays(ordered, cal), any(p.end_on is None for p in ordered), ())
    days, ignored = 0, []
    for p in ordered:
        due_then = cal.add_workdays(start, limit + days).day
        if p.start_on > due_then:
            ignored.append(p)
        elif p.end_on is None:
            return _PauseEffect(days, True, tuple(ignored))
        else:
            days += cal.count_workdays(p.start_on, p.end_on)
    return _PauseEffect(days, False, tuple(ignored))


def plan_stages(case: CaseFacts, facts: dict[str, StageFacts], rules: Rules,
                cal: WorkCalendar) -> list[StagePlan]:
    codes = applicable_stages(rules, case.category, case.important_load)
    applicable = set(codes)
    plans = []
    for seq, code in enumerate(codes):
        f = _fact(facts, code)
        start = _clock_start(code, case, facts, applicable)
        limit = rules.limit(code, case.category)
        effect = _pause_effect(start, limit, f.pauses, cal)
        due, provisional = None, False
        if start is not None and limit is not None and not effect.clock_stopped:
            result = cal.add_workdays(start, limit + effect.paused_days)
            due, provisional = result.day, result.provisional
        plans.append(StagePlan(code, seq, start, limit, effect.paused_days,
                               any(p.end_on is None for p in f.pauses), due, provisional,
                               f.completed_on, f.customer_event_on, effect.clock_stopped, effect.ignored))
    return plans


def target_due(case: CaseFacts, plans: list[StagePlan], rules: Rules, cal: WorkCalendar) -> date | None:
    """The day power-on is due by the whole-case target of the rule set (seed 004: a low-voltage small business
    connected within 10 days of acceptance, calendar days as the seed counts them), while it is not recorded;
    None when no target applies or power-on is done. E.g. accepted Mon 16 Nov 2026: due Thu 26 Nov."""
    target = rules.target(case.category, case.small_business)
    connection = next((p for p in plans if p.code == "connection"), None)
    if target is None or connection is None or connection.completed_on is not None:
        return None
    return target_day(case.accepted_on, target, cal)


def target_day(accepted_on: date, target: tuple[int, str], cal: WorkCalendar) -> date:
    days, unit = target
    return accepted_on + timedelta(days=days) if unit == CALENDAR_DAYS else cal.add_workdays(accepted_on, days).day


def elapsed(accepted_on: date, day: date, unit: str, cal: WorkCalendar) -> int:
    """Days from acceptance to `day` in the target's unit (the acceptance day not counted)."""
    return (day - accepted_on).days if unit == CALENDAR_DAYS else cal.count_workdays(accepted_on, day)


@dataclass(frozen=True)
class CaseTarget:
    """A case measured against its whole-case target (受理→接电)."""

    scope: str           # what the target is for, e.g. "低压小微企业"
    days: int
    unit: str            # calendar | working
    due_on: date
    connected_on: date | None
    used: int            # days used so far (to power-on, or to today)
    provisional: bool = False  # a working-day target counted across a year whose holidays are not confirmed

    @property
    def met(self) -> bool:
        return self.used <= self.days

    @property
    def label(self) -> str:
        unit = "天" if self.unit == CALENDAR_DAYS else "个工作日"
        head = f"全流程时限（{self.scope} {self.days} {unit}）"
        if self.connected_on is not None:
            verdict = "达标" if self.met else f"未达标，超过 {self.used - self.days} {unit}"
            return f"{head}：{self.used} {unit}接电，{verdict}"
        if self.met:
            return (f"{head}：应于 {self.due_on:%Y-%m-%d}{'（暂定）' if self.provisional else ''} 前接电，"
                    f"已用 {self.used} {unit}")
        return f"{head}：已超过 {self.used - self.days} {unit}，尚未接电"


def case_target(case: CaseFacts, plans: list[StagePlan], rules: Rules, cal: WorkCalendar, today: date,
                scope: str) -> CaseTarget | None:
    """The case against its whole-case target, as seen on `today` (`scope` names the target)."""
    target = rules.target(case.category, case.small_business)
    if target is None:
        return None
    connection = next((p for p in plans if p.code == "connection"), None)
    connected = connection.completed_on if connection else None
    due = target_day(case.accepted_on, target, cal)
    return CaseTarget(scope, target[0], target[1], due, connected,
                      elapsed(case.accepted_on, connected or today, target[1], cal),
                      target_provisional(case.accepted_on, due, target[1], cal))


def target_provisional(accepted_on: date, due: date, unit: str, cal: WorkCalendar) -> bool:
    """A whole-case target's due day is provisional when counted in working days across an unconfirmed year (a
    target in calendar days does not depend on the holidays)."""
    return unit != CALENDAR_DAYS and cal.provisional_between(accepted_on, due)


def target_status(due: date, today: date, unit: str, cal: WorkCalendar) -> tuple[str, int]:
    """(status, working days overdue) of a whole-case target not yet met: late by its own unit (a calendar-day
    target is missed the day after it), the days over counted in working days like every other due item."""
    if unit == CALENDAR_DAYS:
        if today > due:
            return S_OVERDUE, max(0, cal.count_workdays(due, today))
        return (S_DUE_TODAY if today == due else S_UPCOMING), 0
    return due_status(due, today, cal)


def working_days_late(due: date | None, day: date, cal: WorkCalendar) -> int:
    """Working days past the due date by `day` (0 when not late). The one definition of late: more working
    days than the limit. Due Tue 30 Sep 2025 and completed on the 1 Oct holiday is not late (no working day
    passed after the due date); completed Thu 9 Oct, the first working day after the holiday, is 1 day late."""
    if due is None or day <= due:
        return 0
    return max(0, cal.count_workdays(due, day))


def overdue_before(today: date, cal: WorkCalendar) -> date:
    """A stage still open on `today` is overdue when its due date is before this day (the last working day on
    or before today): then a working day has passed since it was due. For queries over stored due dates."""
    return cal.last_workday_on_or_before(today)


def summarize(plans: list[StagePlan]) -> CaseSummary:
    open_plans = [p for p in plans if p.completed_on is None]
    if not open_plans:
        return CaseSummary("", None, "", DONE, False)
    current = open_plans[0]
    running = [p for p in open_plans if p.due_on is not None]
    nearest = min(running, key=lambda p: p.due_on) if running else None
    if any(p.paused for p in open_plans):  # the customer is waited for (the clock may still run: see _pause_effect)
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
        late = working_days_late(plan.due_on, plan.completed_on, cal)
        return (S_DONE_LATE, late) if late else (S_DONE, 0)
    if plan.clock_stopped:
        return S_PAUSED, 0
    if plan.start_on is None:
        return (S_WAITING if STAGE_BY_CODE[plan.code].customer_event else S_NOT_STARTED), 0
    if plan.due_on is None:
        return S_NO_LIMIT, 0
    return due_status(plan.due_on, today, cal)


def due_status(due: date, today: date, cal: WorkCalendar) -> tuple[str, int]:
    """(status, working days overdue), with late as everywhere (working_days_late): due on Friday and not done
    is still due on Saturday and Sunday (done then, it is not late) and 1 working day overdue on Monday."""
    late = working_days_late(due, today, cal)
    if late:
        return S_OVERDUE, late
    if due <= today:
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
        elif plan.completed_on is not None and p.start_on > plan.completed_on:
            errors.append(FactError(plan.code, f"{label}开始日期", "不能晚于本环节完成日期"))
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


def case_status(state: str, next_due: date | None, today: date, horizon: date, cutoff: date) -> str:
    """The register's status of a whole case from its stored columns (`horizon`: see upcoming_horizon;
    `cutoff`: see overdue_before)."""
    if state == DONE:
        return S_DONE
    if next_due is not None:
        if next_due < cutoff:
            return S_OVERDUE
        if next_due <= today:
            return S_DUE_TODAY
        return S_UPCOMING if next_due <= horizon else S_ON_TRACK
    return {PAUSED: S_PAUSED, WAITING: S_WAITING}.get(state, S_NO_LIMIT)
