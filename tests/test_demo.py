from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from yekuo_desk.models import Case, CaseStage, Station
from yekuo_desk.services.cases import facts_of
from yekuo_desk.services.deadlines import check_facts
from yekuo_desk.services.demo import build_demo
from yekuo_desk.services.engine_context import engine_context

TODAY = date(2026, 11, 20)


def test_the_demo_bureau_is_realistic(demo_db):
    with demo_db.session() as s:
        ctx = engine_context(s)
        all_cases = list(s.scalars(select(Case)))
        stations = s.scalars(select(Station).where(Station.kind == "station")).all()
        stages = s.scalars(select(CaseStage)).all()
        states = Counter(c.state for c in all_cases)
        categories = Counter(c.category for c in all_cases)
        # Every demo case obeys the same rules a clerk's entries do.
        for c in all_cases:
            cf, facts = facts_of(c)
            assert check_facts(cf, facts, ctx.rules, ctx.calendar, TODAY) == [], c.case_number
    assert len(stations) == 12
    assert set(categories) == {"resident", "lv_nonresident", "hv_single", "hv_dual"}
    assert {"open", "waiting", "paused", "done"} <= set(states)
    open_stages = {st.stage for st in stages if st.completed_on is None}
    assert {"acceptance", "plan_reply", "connection", "design_review", "completion_inspection"} <= open_stages
    assert any(st.completed_on is None and st.due_on and st.due_on < TODAY for st in stages)
    assert any(c.ledger for c in all_cases)
    assert min(c.accepted_on for c in all_cases).year <= TODAY.year - 2


def test_the_demo_has_supervision_work_to_show(demo_db):
    from yekuo_desk.models import FeedbackForm, Revisit, RevisitPlan, SupervisionNotice
    from yekuo_desk.services import revisits
    with demo_db.session() as s:
        visits = s.scalars(select(Revisit)).all()
        plans = s.scalars(select(RevisitPlan)).all()
        forms = s.scalars(select(FeedbackForm)).all()
        assert s.scalars(select(SupervisionNotice)).all()
        connected = {c.id: st.completed_on for c in s.scalars(select(Case)) for st in c.stages
                     if st.stage == "connection" and st.completed_on}
    assert len(visits) > 1000
    # Demo revisits are made before power-on, as the rule wants.
    assert all(v.revisit_on <= connected[v.case_id] for v in visits if v.case_id in connected and v.plan_item_id
               is None and v.revisit_on < date(2026, 9, 1))
    assert {p.month for p in plans} == {"2026-09", "2026-10", "2026-11"}
    assert all(p.issued_on for p in plans) and any(p.issued_on.day > 3 for p in plans)
    assert "closed" in {f.status for f in forms} and any(f.status != "closed" for f in forms)  # some still worked
    assert revisits.results_due(demo_db, "2026-10", TODAY)  # some results still missing


def test_demo_is_deterministic_and_refuses_a_full_database(db, tmp_path):
    from yekuo_desk.db import open_database
    a = build_demo(db, cases=200, seed=3, today=TODAY)
    other = open_database(tmp_path / "b.db")
    b = build_demo(other, cases=200, seed=3, today=TODAY)
    assert a == b
    with pytest.raises(ValueError, match="已有工单"):
        build_demo(db, cases=10, today=TODAY)


def test_the_demo_shows_the_rules_of_the_regulations(demo_db):
    """A pause after an overdue, a contract after the inspection, a case connected without a revisit, a small
    business close to its 10 days and a department charged: each is on the screen a user would look at."""
    from yekuo_desk.services import assessment
    from yekuo_desk.services.cases import find_case_id, get_case
    from yekuo_desk.services.due import due_board
    from yekuo_desk.services.engine_context import calendar_for

    with demo_db.session() as s:
        board = due_board(s, calendar_for(s), TODAY)
    assert any(i.paused and i.status == "overdue" for i in board)
    assert any(i.kind == "target" for i in board)
    assert any(i.stage_name.startswith("接电前未回访") for i in board)
    shop = get_case(demo_db, find_case_id(demo_db, _number(demo_db, "城关顺达汽修厂")), TODAY)
    connection = next(st for st in shop.stages if st.code == "connection")
    contract = next(st for st in shop.stages if st.code == "contract")
    assert connection.start_on == contract.completed_on and shop.data.nonlinear_load
    corrected = [h for h in shop.timeline if h.field == "客户类别"]  # a category corrected with its reason
    assert [(h.old, h.new) for h in corrected] == [("居民", "低压非居民")] and "现场勘查" in corrected[0].reason
    sheet = assessment.build_sheet(demo_db, TODAY.strftime("%Y-%m"), today=TODAY)
    assert "电力调度控制中心" in {u.station for u in sheet.units}


def _number(db, customer: str) -> str:
    with db.session() as s:
        return s.scalar(select(Case.case_number).where(Case.customer_name == customer))


def test_a_demo_that_fails_part_way_leaves_the_file_as_it_was(db, monkeypatch):
    from yekuo_desk.services import demo

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(demo, "build_workflow", broken)  # after every case is written
    with pytest.raises(OSError):
        build_demo(db, cases=300, today=date(2026, 11, 20))
    with db.session() as s:
        assert s.scalars(select(Case.id)).first() is None
        assert s.scalars(select(Station.id).where(Station.kind == "station")).first() is None
    monkeypatch.undo()
    assert build_demo(db, cases=300, today=date(2026, 11, 20)).cases == 300  # and it can be built again
