"""Feedback forms (客户业扩服务回访(投诉)情况反馈单): from a revisit or a complaint line to a written
reply, a re-inspection and closing, each step dated and signed (seed 001 §4.2).

Reply limits count working days from the day received: complaint 5, report of misconduct 10
(seed 001 §4.2.7); suggestions and inquiries have editable limits. After the reply the customer is called
back (复查, seed 001 1.(三)2(2)) within its own limit (default 5 working days from the reply). The identity
of whoever complains or reports misconduct is confidential (seed 001 §4.2.5 "防止举报、投诉泄露"): shown
only where the audit setting is on.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Case, FeedbackForm, FeedbackStep, Station
from . import audit, auth
from .amounts import get_number
from .deadlines import working_days_late
from .engine_context import calendar_for
from .numbering import next_number
from .validation import clean_lines, clean_phone, clean_text, length_problems
from .workcalendar import WorkCalendar

SOURCES = ["回访", "95598", "12398", "12345", "营业厅", "来信来访", "意见箱", "上级转办"]
KINDS = {"complaint": "投诉", "report": "举报", "suggestion": "意见建议", "inquiry": "咨询"}
KIND_BY_NAME = {v: k for k, v in KINDS.items()}
OPEN, IN_PROGRESS, REPLIED, REINSPECTED, CLOSED = "open", "in_progress", "replied", "reinspected", "closed"
STATUSES = {OPEN: "待办", IN_PROGRESS: "办理中", REPLIED: "已答复", REINSPECTED: "已复查", CLOSED: "已关闭"}
ORDER = list(STATUSES)
ANSWERED = (REPLIED, REINSPECTED, CLOSED)  # the deadline is met by the written reply
CONFIDENTIAL = {"complaint": "（投诉人信息保密）", "report": "（举报人信息保密）"}  # kind -> what shows instead


class FeedbackError(ValueError):
    """Bad feedback input; the message is for the user (Chinese)."""


@dataclass
class FeedbackInput:
    kind: str
    source: str
    received_on: date
    content: str
    station_id: str = ""        # the responsible unit; taken from the case when empty
    case_id: str | None = None
    customer_name: str = ""
    reporter_name: str = ""
    reporter_phone: str = ""
    revisit_id: str | None = None


@dataclass(frozen=True)
class FeedbackRow:
    id: str
    number: str
    kind: str
    source: str
    station: str
    case_number: str
    customer_name: str
    received_on: date
    deadline: date
    provisional: bool
    status: str
    late: bool
    content: str
    recheck_due: date | None = None  # the call back to the customer, once replied
    recheck_late: bool = False

    @property
    def deadline_text(self) -> str:
        """The reply deadline as printed and listed: 暂定 when it falls in a year whose holidays are not confirmed."""
        return self.deadline.isoformat() + ("（暂定）" if self.provisional else "")

    def as_json(self) -> dict:
        return {"number": self.number, "kind": self.kind, "received": self.received_on.isoformat(),
                "deadline": self.deadline.isoformat(), "provisional": self.provisional, "status": self.status,
                "case_number": self.case_number or None}


def filter_rows(rows: list[FeedbackRow], *, station: str = "", kind: str = "", text: str = "") -> list[FeedbackRow]:
    """The forms of one unit (by name) and one kind, whose number, customer, case number, source or content holds
    `text` (any case)."""
    needle = text.strip().lower()

    def hit(r: FeedbackRow) -> bool:
        return not needle or any(needle in v.lower() for v in (r.number, r.customer_name, r.case_number, r.source,
                                                                r.content))
    return [r for r in rows if (not station or r.station == station) and (not kind or r.kind == kind) and hit(r)]


@dataclass(frozen=True)
class FeedbackDetail:
    row: FeedbackRow
    station_id: str
    case_id: str | None
    reporter_name: str
    reporter_phone: str
    fields: dict[str, object]
    steps: list[tuple[str, date, str, str]] = field(default_factory=list)  # status, on, user, note


def limit_for(s: Session, kind: str) -> int:
    if kind not in KINDS:
        raise FeedbackError("类别应为 " + " / ".join(KINDS.values()))
    return int(get_number(s, f"limit_{kind}"))


def show_identity(s: Session) -> bool:
    """Whether the user may see a reporter's identity: the audit and supervision roles (seed 001 §4.2.5)."""
    return auth.may(s, auth.SEE_IDENTITY)


def _check_input(inp: FeedbackInput, today: date) -> None:
    problems = length_problems(FeedbackForm, {
        "customer_name": ("客户", inp.customer_name), "reporter_name": ("反映人", inp.reporter_name),
        "reporter_phone": ("联系电话", inp.reporter_phone)})
    if inp.source not in SOURCES:
        problems.append("来源：应为 " + " / ".join(SOURCES))
    if inp.kind not in KINDS:
        problems.append("类别：应为 " + " / ".join(KINDS.values()))
    if inp.received_on > today:
        problems.append("受理日期：不能晚于今天")
    if not inp.content.strip():
        problems.append("反映内容：不能为空")
    if problems:
        raise FeedbackError("\n".join(problems))


def _case_and_unit(s: Session, inp: FeedbackInput) -> tuple[Case | None, str]:
    case = s.get(Case, inp.case_id) if inp.case_id else None
    if inp.case_id and case is None:
        raise FeedbackError("关联工单：不存在")
    station_id = inp.station_id or (case.station_id if case else "")
    if not station_id or s.get(Station, station_id) is None:
        raise FeedbackError("责任单位：请选择供电所或部门")
    return case, station_id


def cleaned(inp: FeedbackInput) -> FeedbackInput:
    """The form as stored (validation.py): names cleaned, the phone without spaces, the content's lines kept."""
    def unless_masked(value: str, clean) -> str:  # a masked identity stays the mask (correct_intake keeps it)
        return value if value in CONFIDENTIAL.values() else clean(value)
    return replace(inp, customer_name=clean_text(inp.customer_name), content=clean_lines(inp.content),
                   reporter_name=unless_masked(inp.reporter_name, clean_text),
                   reporter_phone=unless_masked(inp.reporter_phone, clean_phone))


def add_form(db: Database, inp: FeedbackInput, *, today: date | None = None) -> FeedbackRow:
    today = today or date.today()
    inp = cleaned(inp)
    _check_input(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.FEEDBACK_INTAKE)
        case, station_id = _case_and_unit(s, inp)
        limit = limit_for(s, inp.kind)
        due = calendar_for(s).add_workdays(inp.received_on, limit)
        form = FeedbackForm(
            station_id=station_id, number=next_number(s, FeedbackForm.number, "FK", inp.received_on.year),
            source=inp.source, kind=inp.kind, customer_name=inp.customer_name or (case.customer_name if case else ""),
            case_id=inp.case_id, revisit_id=inp.revisit_id, content=inp.content.strip(), received_on=inp.received_on,
            reporter_name=inp.reporter_name.strip(), reporter_phone=inp.reporter_phone.strip(), limit_days=limit,
            deadline=due.day, provisional=due.provisional, status=OPEN)
        form.steps.append(FeedbackStep(station_id=station_id, status=OPEN, on=inp.received_on,
                                       user=audit.current_user(s), note="登记"))
        s.add(form)
        s.flush()
        return _row(s, form, today)


def correct_intake(db: Database, form_id: str, inp: FeedbackInput, reason: str, *,
                   today: date | None = None) -> FeedbackRow:
    """Correct what was registered (kind, source, date received, content, unit, case, who reported) with a
    reason; each change is logged (a reporter's identity as "changed", never in clear). A new kind or date
    received moves the reply deadline."""
    from .corrections import correct, unit_and_case_names

    today = today or date.today()
    inp = cleaned(inp)
    _check_input(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.FEEDBACK_INTAKE)
        form = _form(s, form_id)
        case, station_id = _case_and_unit(s, inp)
        changes = dict(kind=inp.kind, source=inp.source, received_on=inp.received_on, content=inp.content.strip(),
                       station_id=station_id, case_id=inp.case_id,
                       customer_name=inp.customer_name.strip() or (case.customer_name if case else ""))
        masked = form.kind in CONFIDENTIAL and not show_identity(s)  # as get_form shows it to this user
        if not masked and inp.reporter_name not in CONFIDENTIAL.values():  # a masked identity is left as it is
            changes.update(reporter_name=inp.reporter_name.strip(), reporter_phone=inp.reporter_phone.strip())
        if (inp.kind, inp.received_on) != (form.kind, form.received_on):
            limit = limit_for(s, inp.kind)
            due = calendar_for(s).add_workdays(inp.received_on, limit)
            changes.update(limit_days=limit, deadline=due.day, provisional=due.provisional)
        names = unit_and_case_names(s)
        correct(s, form, "feedback_forms", changes, reason, FeedbackError,
                private=("reporter_name", "reporter_phone"),
                show=lambda name, value: KINDS.get(value) if name == "kind" else names(name, value))
        return _row(s, form, today)


def _row(s: Session, f: FeedbackForm, today: date) -> FeedbackRow:
    station = s.get(Station, f.station_id)
    case_number = s.scalar(select(Case.case_number).where(Case.id == f.case_id)) if f.case_id else ""
    return FeedbackRow(f.id, f.number, f.kind, f.source, station.name if station else "", case_number or "",
                       f.customer_name, f.received_on, f.deadline, f.provisional, f.status,
                       is_late(f, today, calendar_for(s)), f.content, f.recheck_due,
                       is_recheck_late(f, today, calendar_for(s)))


def is_late(f: FeedbackForm, today: date, cal: WorkCalendar) -> bool:
    """Not answered by its deadline: still unanswered after it, or answered after it — late as for a stage,
    more working days than the limit (deadlines.working_days_late): a reply on the Saturday after a Friday
    deadline is in time."""
    if f.status in ANSWERED:
        return f.reply_on is not None and working_days_late(f.deadline, f.reply_on, cal) > 0
    return working_days_late(f.deadline, today, cal) > 0


def _rechecked_on(f: FeedbackForm) -> date | None:
    return next((st.on for st in f.steps if st.status == REINSPECTED), None)


def is_recheck_late(f: FeedbackForm, today: date, cal: WorkCalendar) -> bool:
    """The call back after the reply was not made by its due day: still not made after it, or made after it."""
    if f.recheck_due is None:
        return False
    return working_days_late(f.recheck_due, _rechecked_on(f) or today, cal) > 0


def list_forms(db: Database, *, open_only: bool = False, today: date | None = None) -> list[FeedbackRow]:
    today = today or date.today()
    with db.session() as s:
        q = select(FeedbackForm).where(FeedbackForm.deleted_at.is_(None)).order_by(FeedbackForm.received_on.desc(),
                                                                                   FeedbackForm.number.desc())
        station_id = auth.scope(s)  # a clerk: the forms charged to the clerk's station
        if station_id:
            q = q.where(FeedbackForm.station_id == station_id)
        if open_only:
            q = q.where(FeedbackForm.status != CLOSED)
        return [_row(s, f, today) for f in s.scalars(q)]


DETAIL_FIELDS = ("investigation", "decision", "corrective_action", "reply_on", "reply_method", "customer_evaluation",
                 "reinspection", "reviewer")


def get_form(db: Database, form_id: str, *, today: date | None = None,
             identity: bool | None = None) -> FeedbackDetail:
    """One form; a complainant's or reporter's identity is redacted unless the user's role may see it
    (`identity=False` redacts it for them too, e.g. a copy printed for a station)."""
    today = today or date.today()
    with db.session() as s:
        f = _form(s, form_id)
        visible = show_identity(s) and identity is not False
        hidden = f.kind in CONFIDENTIAL and not visible
        mask = CONFIDENTIAL.get(f.kind, "")
        return FeedbackDetail(
            _row(s, f, today), f.station_id, f.case_id, mask if hidden and f.reporter_name else
            ("" if hidden else f.reporter_name),
            mask if hidden and f.reporter_phone else ("" if hidden else f.reporter_phone),
            {name: getattr(f, name) for name in DETAIL_FIELDS},
            [(st.status, st.on, st.user, st.note) for st in f.steps])


def find_form_id(db: Database, number: str) -> str | None:
    with db.session() as s:
        station_id = auth.scope(s)
        return s.scalar(select(FeedbackForm.id).where(FeedbackForm.number == number,
                                                      *([FeedbackForm.station_id == station_id] if station_id
                                                        else [])))


# What a step needs filled in before the form may move to it.
REQUIRED_FOR = {
    IN_PROGRESS: (),
    REPLIED: (("investigation", "调查情况"), ("decision", "处理意见"), ("reply_on", "答复日期"),
              ("reply_method", "答复方式")),
    REINSPECTED: (("reinspection", "复查情况"), ("reviewer", "复查人")),
    CLOSED: (),
}


def _known(details: dict, allowed: tuple[str, ...]) -> None:
    unknown = set(details) - set(allowed)
    if unknown:
        raise FeedbackError(f"未知字段：{', '.join(sorted(unknown))}")
    too_long = length_problems(FeedbackForm, {name: (DETAIL_LABELS.get(name, name), str(value or ""))
                                              for name, value in details.items() if isinstance(value, str)})
    if too_long:
        raise FeedbackError("\n".join(too_long))


DETAIL_LABELS = {"reviewer": "复查人", "reply_method": "答复方式"}


def _form(s: Session, form_id: str, right: str = auth.READ_CASES) -> FeedbackForm:
    """The form, when the actor holds `right` (a clerk: only for the forms charged to the clerk's station)."""
    f = s.get(FeedbackForm, form_id)
    if f is None:
        raise FeedbackError("反馈单不存在")
    auth.require(s, right, f.station_id)
    return f


def advance(db: Database, form_id: str, to: str, on: date, *, note: str = "", today: date | None = None,
            **details: object) -> None:
    """Move a form one step on (待办 → 办理中 → 已答复 → 已复查 → 已关闭), dated and signed; `details`
    fills the form's fields (investigation, decision, reply…) in the same step."""
    today = today or date.today()
    _known(details, DETAIL_FIELDS)
    with db.transaction() as s:
        f = _form(s, form_id, auth.FEEDBACK_REPLY)
        if to not in STATUSES or ORDER.index(to) != ORDER.index(f.status) + 1:
            nxt = ORDER[ORDER.index(f.status) + 1] if f.status != CLOSED else None
            raise FeedbackError(f"反馈单当前为“{STATUSES[f.status]}”，下一步只能是“{STATUSES[nxt]}”" if nxt
                                else "反馈单已关闭")
        if on > today:
            raise FeedbackError("日期：不能晚于今天")
        last = f.steps[-1].on if f.steps else f.received_on
        if on < last:
            raise FeedbackError(f"日期：不能早于上一步的日期 {last:%Y-%m-%d}")
        for name, value in details.items():
            setattr(f, name, value.strip() if isinstance(value, str) else value)
        missing = [label for name, label in REQUIRED_FOR[to] if not getattr(f, name)]
        if missing:
            raise FeedbackError("请先填写：" + "、".join(missing))
        if to == REPLIED and f.reply_on > today:
            raise FeedbackError("答复日期：不能晚于今天")
        if to == REPLIED:
            f.recheck_limit_days = int(get_number(s, "limit_recheck"))
            f.recheck_due = calendar_for(s).add_workdays(f.reply_on, f.recheck_limit_days).day
        f.status = to
        f.steps.append(FeedbackStep(station_id=f.station_id, status=to, on=on, user=audit.current_user(s),
                                    note=note.strip()))


DRAFT_FIELDS = ("investigation", "decision", "corrective_action", "reply_method", "customer_evaluation",
                "reinspection", "reviewer")  # the handling text a user may keep before the next step


def save_draft(db: Database, form_id: str, **details: str) -> bool:
    """Keep the handling text typed so far without moving the form on; returns True if anything changed.
    A closed form cannot be changed."""
    _known(details, DRAFT_FIELDS)
    with db.transaction() as s:
        f = _form(s, form_id, auth.FEEDBACK_REPLY)
        values = {name: str(value).strip() for name, value in details.items()}
        changed = {name: v for name, v in values.items() if getattr(f, name) != v}
        if not changed:
            return False
        if f.status == CLOSED:
            raise FeedbackError("反馈单已关闭，不能修改")
        for name, value in changed.items():
            setattr(f, name, value)
        return True


def forms_due(s: Session, today: date, horizon: date) -> list[FeedbackForm]:
    """Unanswered forms whose deadline is by `horizon` (for the due panel)."""
    return list(s.scalars(select(FeedbackForm).where(
        FeedbackForm.deleted_at.is_(None), FeedbackForm.status.in_((OPEN, IN_PROGRESS)),
        FeedbackForm.deadline <= horizon).order_by(FeedbackForm.deadline)))


def rechecks_due(s: Session, horizon: date) -> list[FeedbackForm]:
    """Replied forms whose call back to the customer (复查) is due by `horizon` and not made (due panel)."""
    return list(s.scalars(select(FeedbackForm).where(
        FeedbackForm.deleted_at.is_(None), FeedbackForm.status == REPLIED,
        FeedbackForm.recheck_due <= horizon).order_by(FeedbackForm.recheck_due)))
