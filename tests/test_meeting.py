"""The Friday meeting's statistics, coordination items, pack and quarterly analysis (issue 13), on small
hand-made bureaus whose answers are worked out here by hand. November 2026 has no holiday: its working days
are Monday to Friday."""
import json
import re
from datetime import date

import pytest
from conftest import sign_in

from yekuo_desk.cli import main
from yekuo_desk.services import assessment, cases, coordination, statistics
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.coordination import ItemError, ItemInput
from yekuo_desk.services.periods import PeriodError, parse_quarter, parse_week

TODAY = date(2026, 11, 27)  # a Friday: the meeting
D = lambda day, month=11: date(2026, month, day)  # noqa: E731


def new_case(db, station, accepted, category="resident", **kw):
    return cases.create_case(db, CaseInput(station_id=station.id, customer_name=kw.pop("name", "张三"),
                                           category=category, accepted_on=accepted, **kw), today=TODAY)


def complete(db, case_id, *dates, events=None):
    """Complete the stages in order: (stage, day) pairs; a customer event first where given."""
    for stage, day in dates:
        if events and stage in events:
            cases.set_customer_event(db, case_id, stage, events[stage], today=TODAY)
        cases.record_completion(db, case_id, stage, day, without_revisit="客户外出，电话未接通", today=TODAY)


def resident(db, station, accepted, plan, connected):
    case_id = new_case(db, station, accepted)
    complete(db, case_id, ("acceptance", accepted), ("site_survey", accepted), ("plan_reply", plan),
             ("fees", plan), ("contract", plan), ("connection", connected))
    return case_id


def small_business(db, station, connected, works):
    """Accepted Monday 11-02; completion reported the day after the plan reply."""
    case_id = new_case(db, station, D(2), "lv_nonresident", small_business=True, grid_works=works, name="小微")
    complete(db, case_id, ("acceptance", D(2)), ("site_survey", D(3)), ("plan_reply", D(4)), ("fees", D(4)),
             ("completion_inspection", D(6)), ("contract", D(6)), ("connection", connected),
             events={"completion_inspection": D(5)})
    return case_id


@pytest.fixture
def bureau(db, station, other_station):
    """城关 (CG): residents A and B, small businesses C (no works) and D (with works), all on time.
    河口 (HK): resident F, acceptance done a day late; resident G accepted 11-20, nothing done since;
    resident E connected in October (outside the period)."""
    ids = dict(
        A=resident(db, station, D(2), D(4), D(9)),     # (11-02, 11-09]: 3,4,5,6,9 → 5 working days
        B=resident(db, station, D(4), D(5), D(6)),     # (11-04, 11-06]: 5,6 → 2
        C=small_business(db, station, D(10), False),   # (11-02, 11-10] → 6 working days; 8 calendar days ≤ 10
        # Connection clock from the inspection and contract of 11-06, 5 days: due 11-13, met on the last day.
        D=small_business(db, station, D(13), True),    # (11-02, 11-13] → 9 working days; 11 calendar days > 10
        E=resident(db, other_station, D(20, 10), D(22, 10), D(30, 10)),
    )
    ids["F"] = new_case(db, other_station, D(2))
    complete(db, ids["F"], ("acceptance", D(4)), ("site_survey", D(4)), ("plan_reply", D(5)))  # due 11-03: late
    ids["G"] = new_case(db, other_station, D(20))  # acceptance due 11-23, plan reply due 11-25: both overdue
    return ids


def stats_json(db_path, *extra) -> dict:
    return json.loads(_run(["stats", "--db", str(db_path), "--from", "2026-11-01", "--to", "2026-11-27",
                            "--format", "json", "--today", "2026-11-27", *extra]))


def _run(argv) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


def test_connection_time_and_small_businesses_as_worked_out_by_hand(db, bureau, tmp_path):
    got = stats_json(db.location)
    # Residents A (5) and B (2): 3.5; E was connected in October and is not counted.
    assert got["connection_time"]["居民"] == {"count": 2, "avg_workdays": 3.5}
    # C (6) and D (9): 7.5. Only C was connected within the 10 calendar days of the target.
    assert got["connection_time"]["低压非居民"] == {"count": 2, "avg_workdays": 7.5}
    assert got["connection_time"]["高压单电源"]["count"] == 0
    assert got["small_business"] == {
        "all": {"count": 2, "avg_workdays": 7.5, "within_target": 1},
        "with_works": {"count": 1, "avg_workdays": 9.0, "within_target": 0},
        "without_works": {"count": 1, "avg_workdays": 6.0, "within_target": 1}}


def test_on_time_rate_overdue_and_stage_time_by_hand(db, bureau):
    got = stats_json(db.location)
    # 河口: F's acceptance (due 11-03, done 11-04: late) and plan reply (due 11-05, done 11-05); site survey has
    # no limit and is not judged. E's stages were completed in October.
    assert got["on_time_rate"]["河口供电所"] == {"completed": 2, "on_time": 1, "rate": 0.5}
    # 城关: acceptance, plan reply and connection of A and B; and of C and D also the completion inspection.
    assert got["on_time_rate"]["城关供电所"] == {"completed": 14, "on_time": 14, "rate": 1.0}
    assert got["bureau_on_time_rate"] == {"completed": 16, "on_time": 15, "rate": 0.9375}
    # G's acceptance (due 11-23) and plan reply (due 11-25) are overdue on 11-27.
    assert got["overdue"] == {"城关供电所": 0, "河口供电所": 2}
    # Residents' plan reply, from acceptance: A 2 (11-03, 11-04), B 1, F 3 → 2.0.
    assert got["stage_time_by_category"]["居民"]["供电方案答复"] == {"count": 3, "avg_workdays": 2.0}
    assert got["stage_time"]["装表接电"]["count"] == 4


def test_a_station_scope_and_a_clerk_see_only_that_station(db, bureau, station):
    assert stats_json(db.location, "--station", "河口供电所")["connection_time"]["居民"]["count"] == 0
    sign_in(db, "cg", "clerk", station.id)
    st = statistics.compute(db, D(1), D(27), today=TODAY)
    assert st.scope == "城关供电所" and list(st.on_time) == ["城关供电所"]


def test_the_cases_behind_each_bar_are_exactly_those_counted(db, bureau):
    st = statistics.compute(db, D(1), D(27), today=TODAY)
    assert set(st.behind("connection_time", "居民")) == {bureau["A"], bureau["B"]}
    assert st.behind("small_business", "with_works") == [bureau["D"]]
    assert st.behind("on_time", "河口供电所") == [bureau["F"]]
    assert st.behind("overdue", "河口供电所") == [bureau["G"]]
    assert st.behind("overdue_trend", "2026-11-27") == [bureau["G"]]
    assert bureau["G"] in st.behind("open_by_stage", "河口供电所", "业务受理")


def test_the_weekly_overdue_trend_counts_a_stage_while_it_was_late(db, station):
    # Accepted Mon 11-02, acceptance due 11-03, completed Thu 11-12: late on Fri 11-06, done by Fri 11-13.
    case_id = new_case(db, station, D(2))
    complete(db, case_id, ("acceptance", D(12)))
    st = statistics.compute(db, D(1), D(27), today=TODAY)
    trend = {d: len(v) for d, v in st.overdue_trend}
    assert trend[D(6)] >= 1 and st.behind("overdue_trend", "2026-11-06").count(case_id) == 1
    assert case_id not in st.behind("overdue_trend", "2026-11-13") or trend[D(13)] == 1  # plan reply (due 11-05)


def test_bad_periods_are_refused_in_chinese(db, bureau, capsys):
    assert main(["stats", "--db", str(db.location), "--from", "2026-11-27", "--to", "2026-11-01"]) == 1
    assert "早于开始日期" in capsys.readouterr().err
    with pytest.raises(PeriodError, match="YYYY-Www"):
        parse_week("2026-48")
    with pytest.raises(PeriodError, match="没有第 54 周"):
        parse_week("2026-W54")
    with pytest.raises(PeriodError, match="YYYY-Qn"):
        parse_quarter("2026-Q5")
    assert main(["meeting-pack", "--db", str(db.location), "--week", "2026-W48", "--out", "pack.docx"]) == 1
    assert ".pdf 或 .xlsx" in capsys.readouterr().err


def test_a_week_ends_on_its_friday_and_a_quarter_has_its_months():
    week = parse_week("2026-W48")
    assert (week.first, week.last) == (D(21), D(27)) and "第48周" in week.label
    q = parse_quarter("2026-Q4")
    assert (q.first, q.last) == (D(1, 10), date(2026, 12, 31))


# ---------------------------------------------------------------- coordination items

def item(db, station, **kw):
    args = dict(subject="10kV 线路改造影响 3 户接电", station_id=station.id, due_on=D(4, 12), raised_on=D(27),
                owner="刘强", decision="生产技术部 12 月 4 日前完成改造")
    args.update(kw)
    return coordination.add_item(db, ItemInput(**args), today=TODAY)


def test_an_item_carries_over_until_closed_and_shows_on_the_due_panel(db, station):
    sign_in(db, "jicha", "audit")
    row = item(db, station, raised_on=D(20), due_on=D(25))
    assert row.number.startswith("XT-2026-")
    # Open at the meeting of 11-27 (raised 11-20), and past its due date: on the due panel, overdue.
    assert [i.number for i in coordination.list_items(db, open_on=D(27))] == [row.number]
    from yekuo_desk.services.due import ITEM, due_board
    from yekuo_desk.services.engine_context import calendar_for
    with db.session() as s:
        due = [i for i in due_board(s, calendar_for(s), TODAY) if i.kind == ITEM]
    assert len(due) == 1 and due[0].status == "overdue" and due[0].ref_id == row.id
    with pytest.raises(ItemError, match="办结情况"):
        coordination.close_item(db, row.id, " ", D(27), today=TODAY)
    coordination.close_item(db, row.id, "已完成改造，3 户于 11 月 26 日接电", D(26), today=TODAY)
    assert coordination.list_items(db, open_on=D(27)) == []
    # Still on last week's list (open at the 11-20 meeting), with its outcome.
    last = coordination.list_items(db, open_on=D(20))
    assert last[0].status(TODAY) == "closed" and "接电" in last[0].outcome
    with pytest.raises(ItemError, match="已于 2026-11-26 办结"):
        coordination.close_item(db, row.id, "再次", D(27), today=TODAY)


def test_bad_item_input_is_refused_in_chinese(db, station):
    sign_in(db, "jicha", "audit")
    with pytest.raises(ItemError, match="协调事项：不能为空"):
        item(db, station, subject="  ")
    with pytest.raises(ItemError, match="不能早于会议日期"):
        item(db, station, due_on=D(26))
    with pytest.raises(ItemError, match="会议日期：不能晚于今天"):
        item(db, station, raised_on=D(30))


def test_a_clerk_may_not_record_items(db, station):
    from yekuo_desk.services.auth import AuthError

    sign_in(db, "cg", "clerk", station.id)
    with pytest.raises(AuthError, match="协调会事项"):
        item(db, station)


def test_not_carrying_out_a_decision_is_charged_once_at_500_yuan(db, station):
    sign_in(db, "jicha", "audit")
    row = item(db, station)
    coordination.charge_item(db, row.id, "2026-12")
    sheet = assessment.build_sheet(db, "2026-12", today=date(2026, 12, 31))
    items = [i for u in sheet.units for i in u.items if i.kind == "coordination"]
    assert [i.amount for i in items] == [500.0] and row.number in items[0].reason
    with pytest.raises(ItemError, match="已列入考核"):
        coordination.charge_item(db, row.id, "2026-12")
    assert coordination.list_items(db)[0].charged


def test_items_from_the_command_line(db, station, capsys):
    base = ["--db", str(db.location), "--today", "2026-11-27"]
    assert main(["items", "add", *base, "--subject", "河口 3 户待装表", "--unit", "城关供电所", "--due",
                 "2026-12-04", "--owner", "刘强"]) == 0
    number = re.search(r"XT-[\w-]+", capsys.readouterr().out).group()
    assert main(["items", "list", *base, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["number"] == number and listed[0]["status"] == "open" and listed[0]["unit"] == "城关供电所"
    assert main(["items", "close", number, *base, "--outcome", "已装表"]) == 0
    assert main(["items", "list", *base]) == 0
    assert "没有未办结的协调事项" in capsys.readouterr().out
    assert main(["items", "close", "XT-0000", *base, "--outcome", "x"]) == 1
    assert "没有编号为 XT-0000 的协调事项" in capsys.readouterr().err
    assert main(["items", "add", *base, "--subject", "x", "--unit", "不存在所", "--due", "2026-12-04"]) == 1


# ---------------------------------------------------------------- the pack and the quarterly analysis

def test_the_pack_holds_the_figures_of_the_stats_command(db, bureau, station, tmp_path):
    from pypdf import PdfReader

    item(db, station, raised_on=D(20), due_on=D(25), subject="协调城关配套工程")
    out = tmp_path / "pack.pdf"
    _run(["meeting-pack", "--db", str(db.location), "--week", "2026-W48", "--out", str(out), "--today", "2026-11-27"])
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    got = stats_json(db.location)  # the same figures, over the period of the pack's week (11-21 … 11-27)
    week = json.loads(_run(["stats", "--db", str(db.location), "--from", "2026-11-21", "--to", "2026-11-27",
                            "--format", "json", "--today", "2026-11-27"]))
    assert "2026年第48周" in text and "2026年11月27日（星期五）" in text
    assert f"{100 * week['bureau_on_time_rate']['rate']:.1f}%" in text if week["bureau_on_time_rate"]["rate"] else True
    assert re.search(rf"超期环节\s*{sum(got['overdue'].values())}\s*个", text)
    flat = text.replace("\n", "")
    assert "协调城关配套工程" in flat and "逾期未办结" in flat
    assert all("第 " in p.extract_text() and " 页" in p.extract_text() for p in reader.pages)
    xlsx = tmp_path / "pack.xlsx"
    _run(["meeting-pack", "--db", str(db.location), "--week", "2026-W48", "--out", str(xlsx), "--today", "2026-11-27"])
    from openpyxl import load_workbook
    wb = load_workbook(xlsx)
    assert "超期环节清单" in wb.sheetnames and "未办结协调事项" in wb.sheetnames
    overdue = [r for r in wb["超期环节清单"].iter_rows(min_row=2, values_only=True)]
    assert sorted(r[0] for r in overdue) == ["河口供电所", "河口供电所"]


def test_the_quarterly_comparison_by_hand(db, station, tmp_path):
    # Q4 2026: one resident connected in 5 working days (11-02 → 11-09). Q3: one in 2 (07-01 Wed → 07-03 Fri).
    # Q4 2025: one in 4 (2025-10-09 Thu → 10-14 Tue: 10, the make-up working Saturday 11, 13, 14).
    resident(db, station, D(2), D(4), D(9))
    resident(db, station, date(2026, 7, 1), date(2026, 7, 2), date(2026, 7, 3))
    resident(db, station, date(2025, 10, 9), date(2025, 10, 10), date(2025, 10, 14))
    from yekuo_desk.services.quarterly import build_quarterly

    q = build_quarterly(db, "2026-Q4", today=TODAY)
    fig = next(f for f in q.figures if f.group == "平均接电时长" and f.name == "居民")
    assert fig.values == (5.0, 2.0, 4.0) and fig.change(1) == 3.0 and fig.change(2) == 1.0
    out = tmp_path / "q.xlsx"
    _run(["quarterly", "--db", str(db.location), "--quarter", "2026-Q4", "--out", str(out), "--today", "2026-11-27"])
    from openpyxl import load_workbook
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert ("平均接电时长", "居民", "工作日", "5.00", "2.00", "+3.0", "4.00", "+1.0") in rows


def test_the_revisit_counts_agree_with_the_monthly_report(demo_db):
    from yekuo_desk.services.revisit_report import monthly_counts, monthly_report

    months = ["2026-08", "2026-09", "2026-10", "2026-11"]
    station = next(iter(statistics.compute(demo_db, D(1), D(20), today=date(2026, 11, 20)).on_time))
    from yekuo_desk.services.stations import list_stations
    sid = next(s.id for s in list_stations(demo_db) if s.name == station)
    for scope in (None, sid):
        for counts in monthly_counts(demo_db, months, scope):
            rep = monthly_report(demo_db, counts["month"], scope)
            assert (counts["planned"], counts["done"], counts["revisited"], counts["satisfied"]) == (
                rep.planned, rep.done, len(rep.rows), rep.satisfied), counts["month"]
    assert any(c["planned"] for c in monthly_counts(demo_db, months))


def test_figures_resting_on_a_date_changed_outside_the_app_say_so(db, bureau, tmp_path):
    """A connection date edited with a SQLite tool: the stats name the case, the pack warns."""
    import sqlite3

    from pypdf import PdfReader

    number = cases.get_case(db, bureau["A"], TODAY).case_number
    db.dispose()
    with sqlite3.connect(db.location) as con:
        con.execute("UPDATE case_stages SET completed_on = '2026-11-10' WHERE case_id = ? AND stage = 'connection'",
                    (bureau["A"],))
    got = stats_json(db.location)
    assert got["unverified"] == [number]
    assert got["connection_time"]["居民"] == {"count": 2, "avg_workdays": 4.0}  # A now 6 working days, B 2
    out = tmp_path / "pack.pdf"
    _run(["meeting-pack", "--db", str(db.location), "--week", "2026-W46", "--out", str(out), "--today", "2026-11-27"])
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "").replace(" ", "")
    assert "1件工单的日期与修改记录不符" in text and number in text


def test_the_forms_and_revisits_behind_their_bars(db, bureau, station):
    from yekuo_desk.services import feedback, revisits

    # A complaint of 11-02 (5 working days: due 11-09) still open on 11-27: late.
    feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", D(2), "装表拖延", case_id=bureau["B"]),
                      today=TODAY)
    revisits.record_revisit(db, revisits.RevisitInput(bureau["A"], "plan_reply", D(5), "phone", "李娟", "basic"),
                            today=TODAY)
    st = statistics.compute(db, D(1), D(27), today=TODAY)
    assert st.feedback["城关供电所"] == {"open": 1, "late": 1} and st.feedback["河口供电所"] == {"open": 0, "late": 0}
    assert st.behind("feedback", "城关供电所", "late", st.feedback_cut) == [bureau["B"]]
    november = st.revisits[-1]
    assert (november["month"], november["revisited"], november["satisfied"]) == ("2026-11", 1, 1)
    assert st.behind("revisits", "2026-11") == [bureau["A"]]


def test_a_years_figures_on_the_demo_bureau_equal_those_counted_case_by_case(demo_db):
    """The stage and connection figures (read by SQL from the stages' own index and a rank table of the
    working days) equal the same figures counted here in Python, stage by stage, with the calendar's own
    count of working days and each stage's case looked up by its id."""
    from sqlalchemy import select

    from yekuo_desk.models import Case, CaseStage, Station
    from yekuo_desk.services.engine_context import engine_context
    from yekuo_desk.services.stages import CATEGORIES, STAGES, stage_name

    first, last = date(2026, 1, 1), date(2026, 12, 31)
    st = statistics.compute(demo_db, first, last, today=date(2026, 11, 20))
    with demo_db.session() as s:
        cal = engine_context(s).calendar
        stations = dict(s.execute(select(Station.id, Station.name)).all())
        rows = s.execute(select(CaseStage, Case).join(Case, Case.id == CaseStage.case_id).where(
            CaseStage.completed_on.between(first, last), CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None),
            CaseStage.stage.in_([x.code for x in STAGES]))).all()
        judged, met, timed, connected = {}, {}, {}, {}
        for stage, case in rows:
            unit = stations[case.station_id]
            if stage.due_on is not None:  # met: no working day after the due date, or the customer's delay
                judged[unit] = judged.get(unit, 0) + 1
                ok = cal.count_workdays(stage.due_on, stage.completed_on) <= 0 or stage.customer_cause != ""
                met[unit] = met.get(unit, 0) + ok
            if stage.start_on is not None:
                days = max(0, cal.count_workdays(stage.start_on, stage.completed_on) - stage.paused_days)
                for key in (stage_name(stage.stage), (CATEGORIES[case.category], stage_name(stage.stage))):
                    count, total = timed.get(key, (0, 0))
                    timed[key] = (count + 1, total + days)
            if stage.stage == "connection":
                count, total = connected.get(CATEGORIES[case.category], (0, 0))
                connected[CATEGORIES[case.category]] = (count + 1,
                                                        total + cal.count_workdays(case.accepted_on,
                                                                                   stage.completed_on))
    assert sum(judged.values()) > 1000
    assert {u: (r.completed, r.on_time) for u, r in st.on_time.items() if r.completed} == \
        {u: (judged[u], met[u]) for u in judged}
    assert (st.bureau_on_time.completed, st.bureau_on_time.on_time) == (sum(judged.values()), sum(met.values()))
    assert {k: (a.count, a.total) for k, a in st.stage_time.items()} == \
        {k: v for k, v in timed.items() if isinstance(k, str)}
    assert {(c, k): (a.count, a.total) for c, by in st.stage_time_by_category.items() for k, a in by.items()} == \
        {k: v for k, v in timed.items() if isinstance(k, tuple)}
    assert {c: (a.count, a.total) for c, a in st.connection_time.items() if a.count} == connected


def test_a_category_change_moves_the_cases_stages_in_the_figures(db, station):
    """Each stage row carries its case's category for the meeting's index; a changed category follows at once,
    whoever writes it (the case form, or a tool outside the app), and is never a change to sync."""
    from sqlalchemy import text

    case_id = small_business(db, station, D(10), False)
    before = statistics.compute(db, D(1), D(27), today=TODAY)
    assert before.stage_time_by_category["低压非居民"]["现场勘查"].count == 1
    assert "现场勘查" not in before.stage_time_by_category["居民"]
    inp = cases.get_case(db, case_id, TODAY).data
    inp.category, inp.small_business = "resident", False
    cases.update_case(db, case_id, inp, reason="实为居民自用", today=TODAY)
    after = statistics.compute(db, D(1), D(27), today=TODAY)
    assert "现场勘查" not in after.stage_time_by_category["低压非居民"]
    assert after.stage_time_by_category["居民"]["现场勘查"].count == 1
    assert "竣工检验" not in after.stage_time_by_category["居民"]  # no longer a stage of the case
    assert after.connection_time["居民"].count == 1 and after.connection_time["低压非居民"].count == 0
    with db.transaction() as s:
        outbox = s.execute(text("SELECT count(*) FROM sync_outbox WHERE table_name = 'case_stages'")).scalar()
        # A tool outside the app writes a wrong copy, or changes the case's category behind the app's back.
        s.execute(text("UPDATE case_stages SET category = 'hv_dual' WHERE case_id = :c"), {"c": case_id})
        assert {r[0] for r in s.execute(text("SELECT category FROM case_stages WHERE case_id = :c"),
                                        {"c": case_id})} == {"resident"}
        s.execute(text("UPDATE cases SET category = 'hv_single' WHERE id = :c"), {"c": case_id})
        assert {r[0] for r in s.execute(text("SELECT category FROM case_stages WHERE case_id = :c"),
                                        {"c": case_id})} == {"hv_single"}
        # A stage row that came with another copy (as a pull writes it) takes its case's.
        s.execute(text("INSERT INTO case_stages (id, case_id, station_id, stage, seq, customer_cause, paused_days, "
                       "paused, provisional, category, created_at, updated_at, version) VALUES ('x1', :c, :s, "
                       "'design_review', 99, '', 0, 0, 0, 'resident', '2026-11-27', '2026-11-27', 1)"),
                  {"c": case_id, "s": station.id})
        assert s.execute(text("SELECT category FROM case_stages WHERE id = 'x1'")).scalar() == "hv_single"
        # None of this is a change of this PC's to send: the category of a stage is derived.
        assert s.execute(text("SELECT count(*) FROM sync_outbox WHERE table_name = 'case_stages' AND row_id != 'x1'"
                              )).scalar() == outbox
