"""Withdrawing an import the same day (a wrong file, the wrong month's ledger): its cases leave the register as
tombstones, with the reason in the history. Only while nobody has worked them: a case changed since, revisited,
or named by a feedback form or a notice keeps the batch in (correct that case instead). A withdrawn case keeps
its row (a tombstone) with a mark after its number, so that the right file can then be imported."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update

from ..db import Database
from ..models import Case, CaseStage, FeedbackForm, ImportBatch, Revisit, RevisitPlanItem, StagePause
from ..models import SupervisionNotice
from ..models.base import utcnow
from . import audit, auth


class ImportBatchError(ValueError):
    """A withdrawal that was refused; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class BatchInfo:
    id: str
    file_name: str
    imported_on: date
    user: str
    count: int
    withdrawn: bool


def list_batches(db: Database, on: date | None = None) -> list[BatchInfo]:
    """The imports of a day (default: every one), newest first."""
    with db.session() as s:
        q = select(ImportBatch).order_by(ImportBatch.created_at.desc())
        if on is not None:
            q = q.where(ImportBatch.imported_on == on)
        return [BatchInfo(b.id, b.file_name, b.imported_on, b.user, b.count, b.deleted_at is not None)
                for b in s.scalars(q)]


def withdraw_import(db: Database, batch_id: str, reason: str, *, today: date | None = None) -> int:
    """Withdraw the cases an import brought in; returns how many. The same day only, with a reason."""
    today = today or date.today()
    if not reason.strip():
        raise ImportBatchError("撤回原因：不能为空")
    with db.transaction() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None or batch.deleted_at is not None:
            raise ImportBatchError("该批导入不存在或已撤回")
        if batch.imported_on != today:
            raise ImportBatchError(f"只能撤回当天的导入（该批于 {batch.imported_on:%Y-%m-%d} 导入）；请逐件更正")
        ids = list(s.scalars(select(Case.id).where(Case.import_batch_id == batch.id, Case.deleted_at.is_(None))))
        for station_id in s.scalars(select(Case.station_id).where(Case.import_batch_id == batch.id).distinct()):
            auth.require(s, auth.WRITE_CASES, station_id)
        worked = []
        for lo in range(0, len(ids), 500):
            chunk = ids[lo:lo + 500]
            worked += s.scalars(select(Case.case_number).where(Case.id.in_(chunk), Case.version > 1))
            worked += s.scalars(select(Case.case_number).join(CaseStage, CaseStage.case_id == Case.id)
                                .where(Case.id.in_(chunk), CaseStage.version > 1))
            for model in (Revisit, FeedbackForm, SupervisionNotice):
                worked += s.scalars(select(Case.case_number).join(model, model.case_id == Case.id)
                                    .where(Case.id.in_(chunk)))
        if worked:
            names = sorted(set(worked))
            raise ImportBatchError(f"已有 {len(names)} 件在导入后办理过，不能整批撤回："
                                   + "、".join(names[:10]) + ("…" if len(names) > 10 else ""))
        now = utcnow()
        for lo in range(0, len(ids), 500):
            chunk = ids[lo:lo + 500]
            stage_ids = select(CaseStage.id).where(CaseStage.case_id.in_(chunk)).scalar_subquery()
            for model, condition in ((Case, Case.id.in_(chunk)), (CaseStage, CaseStage.case_id.in_(chunk)),
                                     (StagePause, StagePause.stage_id.in_(stage_ids)),
                                     (RevisitPlanItem, RevisitPlanItem.case_id.in_(chunk))):
                s.execute(update(model).where(condition, model.deleted_at.is_(None))
                          .values(deleted_at=now, updated_at=now, version=model.version + 1)
                          .execution_options(synchronize_session=False))
            # The numbers are free again for the right file: a withdrawn case keeps its number with a mark.
            s.execute(update(Case).where(Case.id.in_(chunk)).values(
                case_number=func.substr(Case.case_number, 1, 24) + "~" + func.substr(Case.id, 1, 7))
                .execution_options(synchronize_session=False))
        batch.deleted_at, batch.withdrawn_reason = now, reason.strip()[:200]
        audit.record(s, table="import_batches", row_id=batch.id, field="withdrawn", old=str(len(ids)),
                     new="已撤回", reason=f"{batch.file_name}：{reason.strip()}")
        return len(ids)

