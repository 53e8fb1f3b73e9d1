"""How the deadline engine's results are stored: one mapping used by every writer
(the case service, the import, the demo bureau and the recompute)."""
from __future__ import annotations

from .deadlines import CaseFacts, CaseSummary, StagePlan, summarize, target_due
from .engine_context import EngineContext


def stage_columns(plan: StagePlan, ctx: EngineContext) -> dict:
    """The derived columns of a case_stages row (the recorded facts are not included)."""
    return dict(seq=plan.seq, start_on=plan.start_on, limit_days=plan.limit_days,
                paused_days=plan.paused_days, paused=plan.paused, due_on=plan.due_on,
                provisional=plan.provisional, rule_set_id=ctx.rules.rule_set_id,
                rule_revision=ctx.rules.revision, calendar_version=ctx.calendar.version)


def case_columns(summary: CaseSummary) -> dict:
    """The register columns of a cases row from the stages' summary."""
    return dict(current_stage=summary.current_stage, next_due=summary.next_due,
                next_due_stage=summary.next_due_stage, state=summary.state, provisional=summary.provisional)


def derived_case_columns(case: CaseFacts, plans: list[StagePlan], ctx: EngineContext) -> dict:
    """Every derived column of a cases row: the register columns and the whole-case target's day."""
    return dict(case_columns(summarize(plans)), target_due=target_due(case, plans, ctx.rules, ctx.calendar))


def case_facts(values) -> CaseFacts:
    """The engine's facts of a case from a Case row, a query row or a dict of its columns."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    return CaseFacts(get("category"), bool(get("important_load")), get("accepted_on"), bool(get("small_business")))


def insert_rows(case_values: dict, plans: list[StagePlan], facts: dict, ctx: EngineContext,
                now) -> tuple[dict, list[dict], list[dict]]:
    """Rows for a bulk insert of a new case with its stages and pauses (ids made here)."""
    from ..models.base import new_id

    stamps = dict(created_at=now, updated_at=now, version=1)
    case = dict(id=new_id(), **case_values, **derived_case_columns(case_facts(case_values), plans, ctx), **stamps)
    stages, pauses = [], []
    for plan in plans:
        stage_id = new_id()
        stages.append(dict(id=stage_id, case_id=case["id"], station_id=case["station_id"], stage=plan.code,
                           category=case["category"],
                           customer_event_on=plan.customer_event_on, completed_on=plan.completed_on,
                           **stage_columns(plan, ctx), **stamps))
        pauses.extend(dict(id=new_id(), stage_id=stage_id, station_id=case["station_id"], start_on=p.start_on,
                           end_on=p.end_on, reason=p.reason, **stamps)
                      for p in (facts[plan.code].pauses if plan.code in facts else ()))
    return case, stages, pauses
