
import pytest
from sqlalchemy import select

from yekuo_desk.models import Case, CaseStage
from yekuo_desk.models.calendar import HOLIDAY
from yekuo_desk.services import calendar_store, recompute, rules
from yekuo_desk.services.calendar_store import CalendarEntry
from yekuo_desk.services.engine_context import engine_context


def open_plan_replies(db):
    with db.session() as s:
        return {r.case_id: (r.due_on, r.limit_days, r.rule_revision, r.calendar_version) for r in s.execute(
            select(CaseStage.case_id, CaseStage.due_on, CaseStage.limit_days, CaseStage.rule_revision,
                   CaseStage.calendar_version).join(Case).where(
                CaseStage.stage == "plan_reply", CaseStage.completed_on.is_(None), Case.state != "done",
                Case.category == "resident", CaseStage.due_on.is_not(None)))}


def set_limit(db, stage, category, days):
    with db.transaction() as s:
        rs = rules.active_rule_set(s)
        table = dict(rules.to_rules(rs).table)
        applies, _ = table[(stage, category)]
        table[(stage, category)] = (applies, days)
        return rules.save_limits(s, rs.id, table)


def test_a_new_limit_recomputes_every_open_due_date(demo_db):
    before = open_plan_replies(demo_db)
    assert before and all(limit == 3 for _, limit, _, _ in before.values())
    revision = set_limit(demo_db, "plan_reply", "resident", 5)
    progress = []
    n = recompute.recompute_open(demo_db, progress=lambda done, total: progress.append((done, total)))
    after = open_plan_replies(demo_db)
    assert n > 0 and progress[-1] == (n, n)
    with demo_db.session() as s:
        cal = engine_context(s).calendar
    for case_id, (due, limit, rev, _) in after.items():
        old_due = before[case_id][0]
        assert limit == 5 and rev == revision
        assert cal.count_workdays(old_due, due) == 2


def test_a_calendar_change_recomputes(demo_db):
    before = open_plan_replies(demo_db)
    case_id, (due, *_rest) = next((k, v) for k, v in before.items() if v[0].year == 2026 and v[0].weekday() < 5)
    with demo_db.transaction() as s:
        entries = calendar_store.year_entries(s, 2026) + [CalendarEntry(due, HOLIDAY, "临时停工")]
        version = calendar_store.save_year(s, 2026, entries, confirmed=True)
    recompute.recompute_open(demo_db)
    new_due, _, _, cal_version = open_plan_replies(demo_db)[case_id]
    assert new_due > due and cal_version == version


def test_killed_mid_way_keeps_whole_chunks_and_a_second_run_finishes(demo_db, monkeypatch):
    set_limit(demo_db, "plan_reply", "resident", 6)
    monkeypatch.setattr(recompute, "CHUNK", 20)
    calls = {"n": 0}
    real = recompute.plan_stages

    def dies_in_chunk_three(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 45:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)
    monkeypatch.setattr(recompute, "plan_stages", dies_in_chunk_three)
    with demo_db.session() as s:  # the order recompute_open works in
        order = list(s.scalars(select(Case.id).where(Case.state != "done", Case.deleted_at.is_(None))))
    with pytest.raises(RuntimeError):
        recompute.recompute_open(demo_db)
    new_limit = {case_id for case_id, (_, limit, _, _) in open_plan_replies(demo_db).items() if limit == 6}
    # The two chunks before the failure were kept whole, nothing of the third.
    assert new_limit == set(order[:40]) & set(open_plan_replies(demo_db)) and new_limit
    with demo_db.session() as s:  # no case half recomputed: each case's register columns match its stages
        for case_id, next_due in s.execute(select(Case.id, Case.next_due).where(Case.state != "done")):
            dues = [d for d, done in s.execute(select(CaseStage.due_on, CaseStage.completed_on).where(
                CaseStage.case_id == case_id, CaseStage.deleted_at.is_(None))) if d and not done]
            assert next_due == (min(dues) if dues else None), case_id
    monkeypatch.setattr(recompute, "plan_stages", real)
    recompute.recompute_open(demo_db)
    assert all(limit == 6 for _, limit, _, _ in open_plan_replies(demo_db).values())


def test_cancel_stops_between_chunks(demo_db, monkeypatch):
    monkeypatch.setattr(recompute, "CHUNK", 10)
    done = recompute.recompute_open(demo_db, cancelled=lambda: True)
    assert done == 0


def test_only_what_changed_is_written(demo_db):
    """A limit that moves no due date writes nothing; one that moves some writes those rows alone."""
    def versions():
        with demo_db.session() as s:
            return ({i: v for i, v in s.execute(select(CaseStage.id, CaseStage.version))},
                    {i: v for i, v in s.execute(select(Case.id, Case.version))})
    stages_before, cases_before = versions()
    recompute.recompute_open(demo_db)  # nothing changed since the demo was built
    assert versions() == (stages_before, cases_before)
    set_limit(demo_db, "plan_reply", "resident", 5)
    recompute.recompute_open(demo_db)
    stages_after, _ = versions()
    with demo_db.session() as s:
        kinds = {i: (stage, category) for i, stage, category in s.execute(
            select(CaseStage.id, CaseStage.stage, Case.category).join(Case, Case.id == CaseStage.case_id))}
    bumped = {i for i, v in stages_after.items() if v != stages_before.get(i)}
    # Only residents' plan replies have a new limit (and a new due date): no other stage row was rewritten.
    assert bumped and {kinds[i] for i in bumped} == {("plan_reply", "resident")}
