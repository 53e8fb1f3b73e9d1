"""The trail as people read it: Chinese field and stage names, local time, who, and why."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AssessmentItem, AuditEntry, Revisit, StagePause, SupervisionNotice
from .case_changes import CASE_FIELD_NAMES
from .revisits import CHECKLIST
from .stages import STAGE_BY_CODE, stage_name

SUBJECTS = {"cases": "工单", "revisits": "回访", "supervision_notices": "督办通知", "assessment_items": "考核项目",
            "feedback_forms": "反馈单", "revisit_plans": "回访计划", "stations": "供电所", "import_batches": "导入"}
# The fields of stages and of the other records (a case's own fields: CASE_FIELD_NAMES).
FIELD_NAMES = {
    "completed_on": "完成日期", "customer_event_on": "客户事件日期", "pause_start": "暂停开始",
    "pause_end": "暂停结束", "start_on": "暂停开始", "end_on": "暂停结束", "customer_cause": "客户原因",
    "connection_without_revisit": "未回访即接电",
    "amount": "金额", "items": "工单", "issued_on": "下达日期", "withdrawn": "撤回", "corrected": "更正",
    "revisit_on": "回访日期", "satisfaction": "满意度", "description": "说明", "name": "名称",
    "merged_into": "并入", "retired": "停用",
    # revisits
    "stage": "回访环节", "method": "回访方式", "caller": "回访人", "respondent": "受访人", "customer_words": "客户原话",
    **{name: question for name, (question, _) in CHECKLIST.items()},
    # supervision notices and feedback forms
    "category": "问题类别", "finding": "问题描述", "persons": "被考核人员", "person_count": "考核人次",
    "kind": "类别", "source": "来源", "received_on": "受理日期", "content": "反映内容", "reporter_name": "反映人",
    "reporter_phone": "反映人电话", "deadline": "答复期限", "limit_days": "答复时限", "provisional": "期限待定",
    "station_id": "责任单位", "case_id": "关联工单", "customer_name": "户名",
}


def local_time(at: datetime) -> datetime:
    """A stored UTC time (naive) in this PC's time zone."""
    return at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class HistoryLine:
    at: datetime     # local time
    user: str
    stage: str       # the stage's code, "" for the case or a record not tied to a stage
    subject: str     # 工单, a stage's name, 回访, 督办通知 …
    field: str
    old: str
    new: str
    reason: str
    host: str = ""   # the PC it was done on ("" before the PC's name was kept)

    def text(self) -> str:
        change = f"{self.old or '—'} → {self.new or '—'}"
        who = f"{self.user}@{self.host}" if self.host else self.user
        return f"{self.at:%Y-%m-%d %H:%M}  {who}  {self.subject} {self.field}：{change}（{self.reason}）"


def field_label(table: str, field: str, stage: str = "") -> str:
    """A field as people read it: the stage's customer event by its name (竣工报验日期), a case's own field, or
    the field of a stage, pause or other record."""
    if stage and field == "customer_event_on" and STAGE_BY_CODE[stage].customer_event:
        return STAGE_BY_CODE[stage].customer_event + "日期"
    if table == "cases":
        return CASE_FIELD_NAMES.get(field) or FIELD_NAMES.get(field, field)
    return FIELD_NAMES.get(field, field)


def _line(entry: AuditEntry, stage: str) -> HistoryLine:
    field = field_label(entry.table_name, entry.field, stage)
    subject = SUBJECTS.get(entry.table_name, entry.table_name)
    if entry.table_name in ("case_stages", "stage_pauses"):
        subject = stage_name(stage)
    elif stage:  # a revisit, notice or item about one stage
        subject = f"{subject}（{stage_name(stage)}）"
    return HistoryLine(local_time(entry.at), entry.user, stage, subject, field, entry.old_value, entry.new_value,
                       entry.reason, entry.host)


def case_history(s: Session, case_id: str, stage_ids: dict[str, str]) -> list[HistoryLine]:
    """Everything the trail holds on a case: its fields, its stages (`stage_ids`: row id → stage code), and its
    revisits, supervision notices and assessment items (their corrections and withdrawals), oldest first."""
    stage_of = dict(stage_ids)
    if stage_ids:  # the pauses of its stages (their dates are facts on their own rows)
        for pause_id, stage_id in s.execute(select(StagePause.id, StagePause.stage_id)
                                            .where(StagePause.stage_id.in_(list(stage_ids)))):
            stage_of[pause_id] = stage_ids[stage_id]
    for model in (Revisit, SupervisionNotice, AssessmentItem):
        cols = [model.id, model.stage] if hasattr(model, "stage") else [model.id]
        for row in s.execute(select(*cols).where(model.case_id == case_id)):
            stage_of[row.id] = getattr(row, "stage", "") or ""
    ids = [case_id, *stage_of]
    entries = []
    for lo in range(0, len(ids), 500):
        entries += s.scalars(select(AuditEntry).where(AuditEntry.row_id.in_(ids[lo:lo + 500])))
    entries.sort(key=lambda e: e.seq)
    return [_line(e, stage_of.get(e.row_id, "")) for e in entries]
