"""Recompute the due dates of every open case after the rule set or the calendar changed.

Runs in chunks, each its own transaction, so a crash loses at most one chunk's work and a
second run finishes the job; reports progress and can be cancelled between chunks.

Only rows whose derived values change are written (a new due date, limit, start…), stamped with the rule
set and calendar that produced them; a row the change does not touch keeps its values, stamps and row
version, so a recompute after a small rule edit writes a few rows, not every open stage (and gives sync
nothing to send for the rest).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext

from sqlalchemy import bindparam, insert, select, update

from ..db import Database
from ..models import Case, CaseStage, StagePause
from ..models.base import new_id, utcnow
from ..models.case import DONE
from . import auth
from .deadlines import Pause, StageFacts, plan_stages
from .engine_context import engine_context
from .plan_columns import case_facts, derived_case_columns, stage_columns
from .sync.outbox import applying

CHUNK = 2000
_STAGE_FIELDS = ("seq", "start_on", "limit_days", "paused_days", "paused", "due_on", "provisional",
                 "rule_set_id", "rule_revision", "calendar_version")
_DERIVED = _STAGE_FIELDS[:7]  # what the engine works out; the three after it say what produced it
_CASE_FIELDS = ("current_stage", "next_due", "next_due_stage", "state", "provisional", "target_due")


def _update(table, fields):
    values = {f: bindparam(f) for f in fields}
    return (update(table).where(table.c.id == bindparam("b_id"))
            .values(**values, updated_at=bindparam("b_now"), version=table.c.version + 1))


def recompute_open(db: Database, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> int:
    """Recompute every case not yet completed; returns how many were done."""
    with db.session() as s:
        auth.actor(s)  # anyone logged in (due dates are derived values), nobody else
        ids = list(s.scalars(select(Case.id).where(Case.state != DONE, Case.deleted_at.is_(None))))
    return recompute_cases(db, ids, progress, cancelled)


def recompute_cases(db: Database, ids: list[str], progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] = lambda: False, *, pulled: bool = False) -> int:
    """Recompute these cases. `pulled`: cases that just came from the shared database, whose derived values
    this PC works out for itself (stage rows it adds or retires are its own view, not changes to send)."""
    with db.session() as s:
        ctx = engine_context(s)
    stage_update = _update(CaseStage.__table__, (*_STAGE_FIELDS, "deleted_at"))
    case_update = _update(Case.__table__, _CASE_FIELDS)
    tombstone = _update(CaseStage.__table__, ("deleted_at",))
    done = 0
    for lo in range(0, len(ids), CHUNK):
        if cancelled():
            break
        chunk = ids[lo:lo + CHUNK]
        now = utcnow()
        with db.transaction() as s, (applying(s) if pulled else nullcontext()):
            stage_rows = defaultdict(dict)
            for r in s.execute(select(CaseStage.id, CaseStage.case_id, CaseStage.stage, CaseStage.customer_event_on,
                                      CaseStage.completed_on, CaseStage.deleted_at,
                                      *(getattr(CaseStage, f) for f in _DERIVED))
                               .where(CaseStage.case_id.in_(chunk))):
                stage_rows[r.case_id][r.stage] = r
            pauses = defaultdict(list)
            stage_ids = [r.id for rows in stage_rows.values() for r in rows.values()]
            for i in range(0, len(stage_ids), 20000):
                for p in s.execute(select(StagePause.stage_id, StagePause.start_on, StagePause.end_on,
                                          StagePause.reason).where(StagePause.stage_id.in_(stage_ids[i:i + 20000]),
                                                                   StagePause.deleted_at.is_(None))):
                    pauses[p.stage_id].append(Pause(p.start_on, p.end_on, p.reason))
            stage_updates, stage_inserts, case_updates, tombstones = [], [], [], []
            for c in s.execute(select(Case.id, Case.station_id, Case.category, Case.important_load,
                                      Case.accepted_on, Case.small_business,
                                      *(getattr(Case, f) for f in _CASE_FIELDS))
                               .where(Case.id.in_(chunk))):
                rows = stage_rows[c.id]
                # Rows marked not applicable keep their facts (cases.facts_of): they return with them if they apply.
                facts = {code: StageFacts(code, r.customer_event_on, r.completed_on, sorted(
                    pauses[r.id], key=lambda p: p.start_on)) for code, r in rows.items()}
                cf = case_facts(c)
                plans = plan_stages(cf, facts, ctx.rules, ctx.calendar)
                wanted = set()
                for plan in plans:
                    wanted.add(plan.code)
                    cols = stage_columns(plan, ctx)
                    row = rows.get(plan.code)
                    if row is None:
                        stage_inserts.append(dict(id=new_id(), case_id=c.id, station_id=c.station_id,
                                                  category=c.category,
                                                  stage=plan.code, created_at=now, updated_at=now, version=1,
                                                  **cols))
                    elif row.deleted_at is not None or any(getattr(row, f) != cols[f] for f in _DERIVED):
                        stage_updates.append(dict(b_id=row.id, b_now=now, deleted_at=None, **cols))
                tombstones.extend(dict(b_id=row.id, b_now=now, deleted_at=now) for code, row in rows.items()
                                  if code not in wanted and row.deleted_at is None)
                summary = derived_case_columns(cf, plans, ctx)
                if any(getattr(c, f) != summary[f] for f in _CASE_FIELDS):
                    case_updates.append(dict(b_id=c.id, b_now=now, **summary))
            conn = s.connection()
            if stage_updates:
                conn.execute(stage_update, stage_updates)
            if tombstones:
                conn.execute(tombstone, tombstones)
            if stage_inserts:
                conn.execute(insert(CaseStage.__table__), stage_inserts)
            if case_updates:
                conn.execute(case_update, case_updates)
        done += len(chunk)
        if progress:
            progress(done, len(ids))
    return done
