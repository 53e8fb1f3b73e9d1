"""The conflict inbox: a field two PCs changed differently between syncs. The value that reached the shared
database first stands everywhere; this PC's value waits here, with who and when on each side, until a person
picks one. Picking this PC's value is an ordinary edit (it goes up with the next sync); picking the standing
one just closes the entry. A recorded date keeps both values in the case's history either way."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text

from ...models import Base, Case, CaseStage, StagePause, SyncConflict
from ...models.base import utcnow
from .. import audit, auth
from ..history import SUBJECTS, field_label, local_time
from ..stages import stage_name
from .outbox import decode
from .push import FACT_FIELDS

MINE, THEIRS = "mine", "theirs"
DELETED = "（已删除）"


class ConflictError(Exception):
    """A choice that cannot be made (in Chinese)."""


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    case_number: str
    subject: str       # 工单, a stage's name, 回访…
    field: str         # in Chinese
    mine: str          # this PC's value, as shown
    theirs: str        # the standing value
    mine_by: str
    mine_at: str
    theirs_by: str
    theirs_at: str
    resolution: str    # "" open, mine, theirs

    def as_json(self) -> dict:
        return dict(self.__dict__)


def _shown(values: dict) -> str:
    if "deleted_at" in values and values["deleted_at"] is not None and len(values) == 1:
        return DELETED
    parts = [("—" if v is None or v == "" else str(v)) for k, v in values.items() if k != "deleted_at"]
    if "deleted_at" in values and values["deleted_at"] is None and not parts:
        return "（保留并已修改）"
    return "；".join(parts) or "—"


def _when(utc_text: str) -> str:
    """An outbox time (UTC text) as this PC's local time, to the minute."""
    try:
        return f"{local_time(datetime.fromisoformat(utc_text)):%Y-%m-%d %H:%M}"
    except ValueError:
        return utc_text[:16]


def _case_and_stage(s, table: str, row_id: str) -> tuple[str | None, str]:
    """(case id, stage code) of the row a conflict is about ("" when it is not a stage's)."""
    if table == "cases":
        return row_id, ""
    if table == "case_stages":
        return s.execute(select(CaseStage.case_id, CaseStage.stage).where(CaseStage.id == row_id)).first() \
            or (None, "")
    if table == "stage_pauses":
        return s.execute(select(CaseStage.case_id, CaseStage.stage).join(
            StagePause, StagePause.stage_id == CaseStage.id).where(StagePause.id == row_id)).first() or (None, "")
    t = Base.metadata.tables[table]
    return (s.execute(select(t.c.case_id).where(t.c.id == row_id)).scalar() if "case_id" in t.c else None), ""


def _case_of(s, table: str, row_id: str) -> tuple[str, str]:
    """(case number, stage code) of the row a conflict is about."""
    case_id, stage = _case_and_stage(s, table, row_id)
    number = s.scalar(select(Case.case_number).where(Case.id == case_id)) if case_id else None
    return number or "—", stage


def list_conflicts(db, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """The inbox, newest first (a clerk sees the own station's)."""
    with db.session() as s:
        station = auth.scope(s)
        q = select(SyncConflict).order_by(SyncConflict.found_at.desc())
        if not include_resolved:
            q = q.where(SyncConflict.resolved_at.is_(None))
        if station is not None:
            q = q.where(SyncConflict.station_id == station)
        out = []
        for c in s.scalars(q):
            number, stage = _case_of(s, c.table_name, c.row_id)
            subject = stage_name(stage) if stage else SUBJECTS.get(c.table_name, c.table_name)
            label = "删除或修改" if c.field == "deleted_at" else field_label(c.table_name, c.field, stage)
            out.append(ConflictInfo(c.id, number, subject, label, _shown(json.loads(c.mine)),
                                    _shown(json.loads(c.theirs)), c.mine_by or "—", _when(c.mine_at),
                                    c.theirs_by or "—", _when(c.theirs_at), c.resolution))
        return out


def resolve(db, conflict_id: str, choice: str) -> None:
    """Keep the standing value (`theirs`) or put this PC's back (`mine`, sent up at the next sync)."""
    if choice not in (MINE, THEIRS):
        raise ConflictError("请选择“采用本机的值”或“采用共享数据库的值”")
    with db.transaction() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise ConflictError("没有这条冲突记录")
        who = auth.require(s, auth.WRITE_CASES, c.station_id)
        if c.resolved_at is not None:
            raise ConflictError("这条冲突已经处理过了")
        if choice == MINE:
            table = Base.metadata.tables[c.table_name]
            values = {f: decode(table.c[f], v) for f, v in json.loads(c.mine).items()}
            if any((c.table_name, f) in FACT_FIELDS for f in values):  # a recorded date changes (seed 003 art. 14)
                auth.require(s, auth.CHANGE_DATES, c.station_id)
            before = s.execute(select(*(table.c[f] for f in values)).where(table.c.id == c.row_id)).first()
            if before is None:
                raise ConflictError("这条记录在本机已不存在")
            s.execute(table.update().where(table.c.id == c.row_id).values(
                **values, updated_at=utcnow(), version=table.c.version + 1))
            for (f, new), old in zip(values.items(), before):
                if (c.table_name, f) in FACT_FIELDS:
                    audit.record(s, table=c.table_name, row_id=c.row_id, field=f, old=_text(old), new=_text(new),
                                 reason="同步冲突：采用本机的值")
        c.resolved_at, c.resolution, c.resolved_by = utcnow(), choice, who.login
    if choice == MINE and c.table_name in ("cases", "case_stages", "stage_pauses"):
        from ..recompute import recompute_cases

        with db.session() as s:
            case_id = _case_and_stage(s, c.table_name, c.row_id)[0]
        if case_id:
            recompute_cases(db, [case_id])


def _text(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (None if value is None else str(value))


def open_count(db) -> int:
    with db.session() as s:
        return s.execute(text("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")).scalar_one()
