"""The month's economic-responsibility assessment (经济责任制考核, seed 000 art. 10), per responsible unit:

- every stage whose limit ran out that month and was not met (completed late, or still open), and
  whose delay was not the customer's: the late-stage amount (100 yuan) each. A late stage is charged
  once, in the month of its due date;
- coordination failures flagged by the audit officer (500 yuan), complaint assessments entered by hand;
- the amounts of the month's supervision notices;
- listed without an amount (no rule sets one): the cases connected in the month without a key-stage revisit
  before power-on (接电前未回访, seed 000 art. 6(2)), so none goes unnoticed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import or_, select

from ..db import Database
from ..models import AssessmentItem, Case, CaseStage, RuleLimit, Station, SupervisionNotice
from . import audit, auth
from .amounts import get_number
from .deadlines import working_days_late
from .engine_context import calendar_for
from .months import parse_month
from .revisits import connected_without_revisit
from .stages import stage_name
from .stations import station_names, unit_ids_by_code

ITEM_KINDS = {"coordination": "工作配合超时限/不执行协调会决定", "complaint": "服务不到位引起投诉", "other": "其他"}
LATE_STAGE, NOTICE, NO_REVISIT = "late_stage", "notice", "no_revisit"
CUSTOMER_CAUSE = "customer_cause"  # a late stage the audit officer found to be the customer's: listed at 0 yuan


class AssessmentError(ValueError):
    """Bad assessment input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class SheetItem:
    kind: str           # late_stage | notice | coordination | complaint | other
    case_number: str
    stage: str          # stage code, for late stages
    reason: str
    amount: float
    ref_id: str = ""    # the stage, notice or item row
    unverified: bool = False  # its stage's dates differ from the trail (changed outside the app)

    def as_json(self) -> dict:
        return {"kind": self.kind, "case_number": self.case_number or None, "stage": self.stage or None,
                "reason": self.reason, "amount": self.amount, "unverified": self.unverified}


@dataclass
class UnitSheet:
    station_id: str
    station: str
    items: list[SheetItem] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(i.amount for i in self.items)

    def as_json(self) -> dict:
        return {"unit": self.station, "items": [i.as_json() for i in self.items], "total": self.total}


@dataclass
class Sheet:
    month: str
    units: list[UnitSheet]
    late_stage_amount: float
    # Recorded facts of the cases judged this month that differ from the trail: the sheet rests on them unverified.
    unverified: list = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(u.total for u in self.units)


def late_stages(s, month: str, today: date):
    """Stage rows whose due date falls in the month and that missed it, as of `today`: completed, or still
    open today, more working days after the due date than the limit allows (deadlines.working_days_late)."""
    first, last = parse_month(month)
    cal = calendar_for(s)
    rows = s.execute(
        select(CaseStage.id, CaseStage.stage, CaseStage.due_on, CaseStage.completed_on, CaseStage.customer_cause,
               CaseStage.rule_set_id, Case.case_number, Case.station_id, Case.category)
        .join(Case, Case.id == CaseStage.case_id)
        .where(CaseStage.due_on >= first, CaseStage.due_on <= last, CaseStage.deleted_at.is_(None),
               Case.deleted_at.is_(None),
               or_(CaseStage.completed_on > CaseStage.due_on,
                   (CaseStage.completed_on.is_(None)) & (CaseStage.due_on < today)))
        .order_by(Case.case_number, CaseStage.seq)).all()
    return [r for r in rows if working_days_late(r.due_on, r.completed_on or today, cal)]


def stage_units(s):
    """A function giving the unit a late stage is charged to: the department its rule set names for the stage
    (seed 003 art. 5), else the case's station."""
    codes = {(r.rule_set_id, r.stage, r.category): r.unit for r in s.execute(
        select(RuleLimit.rule_set_id, RuleLimit.stage, RuleLimit.category, RuleLimit.unit)
        .where(RuleLimit.unit != ""))}
    ids = unit_ids_by_code(s) if codes else {}

    def charged(rule_set_id: str | None, stage: str, category: str, station_id: str) -> str:
        return ids.get(codes.get((rule_set_id, stage, category), ""), station_id)
    return charged


def build_sheet(db: Database, month: str, *, today: date | None = None) -> Sheet:
    today = today or date.today()
    first, last = parse_month(month)
    with db.session() as s:
        auth.require(s, auth.ASSESSMENT_READ)
        amount = get_number(s, "amount_late_stage")
        units: dict[str, UnitSheet] = {}
        names = station_names(s)

        def unit(sid: str) -> UnitSheet:
            if sid not in units:
                units[sid] = UnitSheet(sid, names.get(sid, (0, ""))[1])
            return units[sid]

        charged = stage_units(s)
        for r in late_stages(s, month, today):
            done = f"{r.completed_on:%m-%d} 完成" if r.completed_on else "至今未完成"
            if r.customer_cause:  # shown, so the mark can be seen, corrected or withdrawn
                unit(r.station_id).items.append(SheetItem(
                    CUSTOMER_CAUSE, r.case_number, r.stage,
                    f"{stage_name(r.stage)}超期（{done}），客户原因不考核：{r.customer_cause}", 0.0, r.id))
                continue
            unit(charged(r.rule_set_id, r.stage, r.category, r.station_id)).items.append(SheetItem(
                LATE_STAGE, r.case_number, r.stage, f"{stage_name(r.stage)}超期（到期 {r.due_on:%m-%d}，{done}）",
                amount, r.id))
        for n, number in s.execute(select(SupervisionNotice, Case.case_number)
                                   .outerjoin(Case, Case.id == SupervisionNotice.case_id)
                                   .where(SupervisionNotice.issued_on >= first, SupervisionNotice.issued_on <= last,
                                          SupervisionNotice.deleted_at.is_(None), SupervisionNotice.amount > 0)
                                   .order_by(SupervisionNotice.number)):
            unit(n.station_id).items.append(SheetItem(
                NOTICE, number or "", "", f"业务监督意见书 {n.number}：{n.category}"
                + (f"（{n.persons}）" if n.persons else ""), n.amount, n.id))
        for it, number in s.execute(select(AssessmentItem, Case.case_number)
                                    .outerjoin(Case, Case.id == AssessmentItem.case_id)
                                    .where(AssessmentItem.month == month, AssessmentItem.deleted_at.is_(None))
                                    .order_by(AssessmentItem.created_at)):
            unit(it.station_id).items.append(SheetItem(
                it.kind, number or "", "", f"{ITEM_KINDS[it.kind]}：{it.description}", it.amount, it.id))
        for r in connected_without_revisit(s, first, last):
            unit(r.station_id).items.append(SheetItem(
                NO_REVISIT, r.case_number, "connection", f"接电前未回访（{r.connected_on:%m-%d} 接电）", 0.0, r.case_id))
        ordered = sorted(units.values(), key=lambda u: (names.get(u.station_id, (0, ""))[0], u.station))
        findings = unverified_facts(s, first, last)
        suspect = {f.row_id for f in findings}
        for u in ordered:
            u.items = [replace(i, unverified=True) if i.ref_id in suspect else i for i in u.items]
        return Sheet(month, ordered, amount, findings)


def unverified_facts(s, first: date, last: date) -> list:
    """The facts of the cases with a stage due in the month (whose lateness the sheet judges) that differ from
    the trail's last word on them (audit_check.verify_facts)."""
    from .audit_check import verify_facts

    case_ids = list(s.scalars(select(CaseStage.case_id).where(CaseStage.due_on >= first, CaseStage.due_on <= last)
                              .distinct()))
    return verify_facts(s, case_ids) if case_ids else []


def mark_customer_cause(db: Database, stage_id: str, reason: str, *, why: str = "") -> None:
    """The delay was the customer's: the stage leaves the sheet; the reason is kept and logged. Changing a mark
    already made, or withdrawing it (an empty `reason`: the stage is assessed again), needs `why`."""
    with db.transaction() as s:
        auth.require(s, auth.ASSESSMENT)
        row = s.get(CaseStage, stage_id)
        if row is None:
            raise AssessmentError("环节不存在")
        old = row.customer_cause
        if not reason.strip() and not old:
            raise AssessmentError("客户原因：请填写原因")
        if old == reason.strip():
            return
        if old and not why.strip():
            raise AssessmentError("更正或撤销客户原因：请填写理由（记入修改记录）")
        row.customer_cause = reason.strip()
        audit.record(s, table="case_stages", row_id=row.id, field="customer_cause", old=old, new=reason.strip(),
                     reason=why.strip() or reason.strip())


def add_item(db: Database, month: str, station_id: str, kind: str, description: str, *,
             amount: float | None = None, case_id: str | None = None) -> str:
    """Enter a coordination failure (default amount from the settings), a complaint assessment or another item."""
    parse_month(month)
    if kind not in ITEM_KINDS:
        raise AssessmentError("考核类别：应为 " + " / ".join(ITEM_KINDS.values()))
    if not description.strip():
        raise AssessmentError("考核事由：不能为空")
    with db.transaction() as s:
        auth.require(s, auth.ASSESSMENT)
        if s.get(Station, station_id) is None:
            raise AssessmentError("责任单位：请选择供电所或部门")
        if amount is None:
            if kind != "coordination":
                raise AssessmentError("考核金额：请填写")
            amount = get_number(s, "amount_coordination")
        if amount <= 0:
            raise AssessmentError("考核金额：应大于 0")
        item = AssessmentItem(station_id=station_id, month=month, kind=kind, case_id=case_id,
                              description=description.strip(), amount=float(amount),
                              entered_by=audit.current_user(s))
        s.add(item)
        s.flush()
        audit.record(s, table="assessment_items", row_id=item.id, field="amount", old=None, new=str(amount),
                     reason=description.strip())
        return item.id


def correct_item(db: Database, item_id: str, description: str, amount: float, reason: str) -> None:
    """Correct a manual item's description or amount with a reason (logged); the month's sheet follows."""
    from .corrections import correct

    if not description.strip():
        raise AssessmentError("考核事由：不能为空")
    if amount <= 0:
        raise AssessmentError("考核金额：应大于 0")
    with db.transaction() as s:
        auth.require(s, auth.ASSESSMENT)
        correct(s, s.get(AssessmentItem, item_id), "assessment_items",
                dict(description=description.strip(), amount=float(amount)), reason, AssessmentError)


def withdraw_item(db: Database, item_id: str, reason: str) -> None:
    """Withdraw a manual item entered in error (a tombstone, logged): it leaves the month's sheet."""
    from .corrections import withdraw

    with db.transaction() as s:
        auth.require(s, auth.ASSESSMENT)
        withdraw(s, s.get(AssessmentItem, item_id), "assessment_items", reason, AssessmentError)
