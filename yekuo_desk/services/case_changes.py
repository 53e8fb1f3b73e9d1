"""What a change to a registered case does, said before it is saved and kept in the trail afterwards.

Changing the category, the important-load mark or the small-business mark changes which stages apply and
their limits. Such a change needs a reason; the clerk is told beforehand which stages and amounts it affects.
A stage that no longer applies keeps its recorded dates (its row is marked not applicable, never emptied) and
comes back with them if the change is undone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .deadlines import CaseFacts, StageFacts, StagePlan, plan_stages, working_days_late
from .engine_context import EngineContext
from .stages import CATEGORIES, LEDGERS, STAGES, stage_name

# Every field of the case form, as the history names it.
CASE_FIELD_NAMES = {
    "station_id": "供电所", "customer_name": "户名", "category": "客户类别", "accepted_on": "受理日期",
    "small_business": "小微企业", "important_load": "重要/特殊负荷", "grid_works": "有配套电网工程",
    "ledger": "台账类别", "business_type": "业务类型", "voltage": "电压等级", "capacity_kva": "申请容量",
    "address": "用电地址", "contact": "联系人", "phone": "联系电话", "id_number": "证件号码",
    "manager": "客户经理", "manager_phone": "客户经理电话", "case_number": "申请编号",
    "nonlinear_load": "非线性负荷", "arrears_checked": "已核查欠费", "missing_documents": "缺件清单",
}
# Fields that change which stages apply or their limits: a change needs a reason.
PLAN_FIELDS = ("category", "important_load", "small_business", "accepted_on")
# Kept in the trail as "changed", never in clear.
PRIVATE_FIELDS = ("id_number",)


def field_text(name: str, value) -> str:
    """A case field's value as the history shows it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if name == "category":
        return CATEGORIES.get(value, str(value))
    if name == "ledger":
        return LEDGERS.get(value, str(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: object
    new: object

    @property
    def label(self) -> str:
        return CASE_FIELD_NAMES.get(self.name, self.name)

    def trail_values(self) -> tuple[str, str]:
        if self.name in PRIVATE_FIELDS:
            return ("（已登记）" if self.old else ""), "（已修改）"
        return field_text(self.name, self.old), field_text(self.name, self.new)


def field_changes(old: dict, new: dict) -> list[FieldChange]:
    """The fields whose value differs, in the form's order (`old`/`new`: field name → value)."""
    return [FieldChange(name, old[name], new[name]) for name in CASE_FIELD_NAMES
            if name in old and name in new and old[name] != new[name]]


@dataclass(frozen=True)
class CaseChange:
    """What saving the form would do: the changed fields, and what happens to the stages and the amounts."""

    fields: list[FieldChange]
    effects: list[str]
    amount_delta: float

    @property
    def needs_reason(self) -> bool:
        return any(f.name in PLAN_FIELDS for f in self.fields)

    def lines(self) -> list[str]:
        out = [f"{f.label}：{f.trail_values()[0] or '—'} → {f.trail_values()[1] or '—'}" for f in self.fields]
        out += self.effects
        if self.amount_delta:
            out.append(f"考核金额合计变化：{self.amount_delta:+g} 元")
        return out


def _late(plan: StagePlan, today: date, ctx: EngineContext) -> int:
    """Working days late as the assessment counts them (completed, or still open today)."""
    if plan.due_on is None:
        return 0
    return working_days_late(plan.due_on, plan.completed_on or today, ctx.calendar)


def stage_effects(before: CaseFacts, after: CaseFacts, facts: dict[str, StageFacts], excused: set[str],
                  ctx: EngineContext, today: date, amount: float) -> tuple[list[str], float]:
    """One Chinese line per stage the change affects, and the change of the assessed amount (stages in
    `excused` carry a customer-cause mark and are not assessed)."""
    if before == after:
        return [], 0.0
    old = {p.code: p for p in plan_stages(before, facts, ctx.rules, ctx.calendar)}
    new = {p.code: p for p in plan_stages(after, facts, ctx.rules, ctx.calendar)}
    lines, delta = [], 0.0

    def charge(code: str, was_late: int, is_late: int) -> str:
        nonlocal delta
        if code in excused or bool(was_late) == bool(is_late):
            return ""
        delta += amount if is_late else -amount
        return f"，考核 +{amount:g} 元（超期 {is_late} 个工作日）" if is_late else f"，不再超期，考核 −{amount:g} 元"

    for code in [st.code for st in STAGES if st.code in old or st.code in new]:
        o, n = old.get(code), new.get(code)
        name = stage_name(code)
        if n is None:
            f = facts.get(code)
            kept = "，已记录的日期保留，显示为“不适用”" if f and (f.completed_on or f.customer_event_on) else ""
            lines.append(f"{name}：不再适用{kept}" + charge(code, _late(o, today, ctx), 0))
        elif o is None:
            limit = "不限时" if n.limit_days is None else f"时限 {n.limit_days} 个工作日"
            due = f"，到期 {n.due_on:%Y-%m-%d}" if n.due_on else ""
            lines.append(f"{name}：新增环节，{limit}{due}" + charge(code, 0, _late(n, today, ctx)))
        elif (o.limit_days, o.due_on) != (n.limit_days, n.due_on):
            def show(p: StagePlan) -> str:
                limit = "不限时" if p.limit_days is None else f"{p.limit_days} 个工作日"
                return limit + (f"（到期 {p.due_on:%Y-%m-%d}）" if p.due_on else "")
            lines.append(f"{name}：时限 {show(o)} → {show(n)}"
                         + charge(code, _late(o, today, ctx), _late(n, today, ctx)))
    return lines, delta
