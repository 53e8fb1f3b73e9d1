"""The demo bureau's supervision work: revisits, the last months' plans, feedback forms, supervision
notices and assessment items. Made through the same services a user's actions go through."""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from ..db import Database
from ..models import Case, CaseStage, Revisit, Station
from ..models.base import new_id
from ..models.revisit import NO, NOT_ASKED, YES
from ..models.station import STATION
from . import assessment, auth, feedback, notices, revisits
from .months import month_of, parse_month, previous_month
from .revisits import CHECKLIST, KEY_STAGES

CALLERS = ["李稽查", "王芳", "赵敏", "陈静", "刘洋"]
WORDS_GOOD = ["服务很好，工作人员很热情", "办理很快，没有跑冗路", "满意", "工作人员讲解清楚", "按时通电，感谢"]
WORDS_BAD = ["等了很久才来勘查", "电话打了几次没人接", "收费没有给发票", "要求找指定的施工队", "态度一般"]
COMPLAINTS = ["装表后三天仍未通电", "勘查人员未按约定时间到场", "多次往返营业厅补交资料", "施工单位为供电所指定",
              "业务收费未开具发票", "电话咨询无人接听"]
SUGGESTIONS = ["希望能网上查询办理进度", "建议延长营业厅周末服务时间", "希望一次告知所需资料"]
INQUIRIES = ["咨询分布式光伏并网流程", "咨询增容所需资料", "咨询临时用电收费标准"]
FINDINGS = {"线外流转": "系统装表日期与现场实际不符，存在线外流转", "装表未告知": "装表接电前未告知客户",
            "客户重复往返": "客户因资料一次性告知不到位往返三次", "业务受理不规范": "受理时未核验申请人身份",
            "配电柜门未关": "巡查发现计量柜门未关闭", "未执行“一证受理”": "客户仅缺少产权证明即被拒绝受理",
            "三不指定": "工作人员向客户推荐施工单位", "其他": "业务资料归档不完整"}


def revisit_row(rng: random.Random, case: dict, plans, today: date) -> dict | None:
    """One key-stage revisit for a simulated case, before power-on, or None (about 15% have none yet)."""
    done = [p for p in plans if p.code in KEY_STAGES and p.completed_on is not None and p.code != "connection"]
    if not done or rng.random() < 0.15:
        return None
    stage = rng.choice(done)
    connection = next((p.completed_on for p in plans if p.code == "connection"), None)
    on = stage.completed_on + timedelta(days=rng.randint(0, 3))
    if connection is not None:
        on = min(on, connection)
    if on > today:
        return None
    satisfaction = rng.choices(["satisfied", "basic", "unsatisfied"], [88, 10, 2])[0]
    checklist = {name: rng.choices([YES, NOT_ASKED, NO], [80, 19.7, 0.3 if satisfaction == "satisfied" else 8])[0]
                 for name in CHECKLIST}
    words = rng.choice(WORDS_GOOD if satisfaction == "satisfied" else WORDS_BAD)
    return dict(id=new_id(), case_id=case["id"], station_id=case["station_id"], stage=stage.code, revisit_on=on,
                method=rng.choices(["phone", "site"], [85, 15])[0], caller=rng.choice(CALLERS),
                respondent=case["contact"] or case["customer_name"], satisfaction=satisfaction,
                customer_words=words, created_at=case["created_at"], updated_at=case["updated_at"], version=1,
                **checklist)


EXAMPLE_CASES = 4  # the cases _regulation_examples makes


OFFICES = {"营销稽查室": auth.AUDIT, "监察审计部": auth.SUPERVISION, "城关营业厅": auth.CLERK}


def _as(db: Database, office: str, station_id: str | None = None):
    """Work done in the demo's history by one of the bureau's offices, signed with its name in the trail."""
    return auth.acting(db, auth.Actor(office, OFFICES[office], station_id))


def build_workflow(db: Database, rng: random.Random, today: date, *, examples: bool = True) -> dict[str, int]:
    """Plans for the last three months, their results, forms, notices and assessment items, and (`examples`)
    the cases that show the regulations' rules."""
    counts = dict(plans=0, forms=0, notices=0, items=0)
    with db.session() as s:
        stations = list(s.scalars(select(Station).where(Station.deleted_at.is_(None), Station.kind == STATION)
                                .order_by(Station.sort_order)))
    this_month = month_of(today)
    months = [previous_month(previous_month(this_month)), previous_month(this_month), this_month]
    for month in months:
        first, last = parse_month(month)
        if first > today:
            continue
        for st in stations:
            info = revisits.plan_info(db, month, st.id)
            if not info.rows:
                continue
            issue_day = min(today, first + timedelta(days=rng.choice((0, 1, 1, 2, 2, 4))))
            with _as(db, "营销稽查室"):
                revisits.issue_plan(db, month, st.id, issue_day)
            counts["plans"] += 1
            _work_the_plan(db, rng, info, month, min(last, today))
    _feedback_forms(db, rng, today, counts)
    _notices_and_items(db, rng, stations, months, today, counts)
    if stations:
        _meeting_items(db, rng, stations, today, counts)
    if stations and examples:
        _regulation_examples(db, stations[0], today, counts)
    return counts


MEETING_ITEMS = (  # what a Friday meeting coordinates: (subject, the department answering for it, or "" the
    # station, the outcome when closed)
    ("{town}片区10kV线路配套工程未完工，影响 {n} 户接电", "生产技术部", "配套工程已完工，客户已接电"),
    ("{town}小微企业 {n} 户待装表：表计到货延迟", "营销部", "表计已到货，已全部装表接电"),
    ("{town}台区配变增容方案待批复", "发展策划部", "方案已批复，已书面答复客户"),
    ("{town}高压客户竣工检验缺陷 {n} 项待整改复验", "", "缺陷已整改，复验合格"),
    ("{town}先接入后改造台账 {n} 户改造计划未落实", "", "改造计划已落实，列入下月施工"),
)


def _meeting_items(db: Database, rng: random.Random, stations: list, today: date, counts: dict) -> None:
    """The coordination meetings of the last four Fridays: a few items each; the older ones mostly closed with
    their outcome, one past its due date still open (on the due panel), one charged for a decision not
    carried out."""
    from . import coordination
    from .stations import list_units

    units = {u.name: u.id for u in list_units(db)}
    friday = today - timedelta(days=(today.weekday() - 4) % 7)
    for weeks in (3, 2, 1, 0):
        meeting = friday - timedelta(weeks=weeks)
        for k in range(rng.randint(1, 3)):
            st = rng.choice(stations)
            subject, dept, outcome = rng.choice(MEETING_ITEMS)
            with _as(db, "营销稽查室"):
                item = coordination.add_item(db, coordination.ItemInput(
                    subject.format(town=st.name.removesuffix("供电所"), n=rng.randint(2, 6)),
                    units.get(dept, st.id), meeting + timedelta(days=rng.choice((4, 7, 7, 14))), meeting,
                    rng.choice(("刘强", "王建国", "赵敏", "陈志远")), decision="按会议要求限期完成，下周会上通报"),
                    today=today)
                if weeks == 3 and k == 0:  # three weeks on, the decision still not carried out: charged
                    coordination.charge_item(db, item.id, month_of(today))
                elif weeks >= 2 and item.due_on <= today:
                    coordination.close_item(db, item.id, outcome, item.due_on, today=today)
            counts["meeting_items"] = counts.get("meeting_items", 0) + 1


def _workdays_before(cal, today: date, n: int) -> date:
    """The working day n working days before `today`."""
    day, counted = today, 0
    while counted < n:
        day -= timedelta(days=1)
        counted += cal.is_workday(day)
    while not cal.is_workday(day):
        day -= timedelta(days=1)
    return day


def _regulation_examples(db: Database, station: Station, today: date, counts: dict) -> None:
    """One case for each rule of the regulations the screens show (issue 9), made the way a clerk makes them:
    a pause begun after the stage was overdue, a contract signed long after the inspection, a case connected
    without a revisit (with the reason), a small business close to its 10 days, and a department charged."""
    from . import cases
    from .cases import CaseInput
    from .engine_context import calendar_for
    from .stations import list_units

    with db.session() as s:
        cal = calendar_for(s)

    def new(name: str, category: str, accepted: date, **kw) -> str:
        counts["examples"] = counts.get("examples", 0) + 1
        with _as(db, "城关营业厅", station.id):
            return cases.create_case(db, CaseInput(
                station_id=station.id, customer_name=name, category=category, accepted_on=accepted,
                contact=("张德明", "王建国", "李秀英", "赵国强")[(counts["examples"] - 1) % 4],
                phone="1387766" + f"{counts['examples']:04d}", **kw), today=today)

    # Overdue, then paused: the plan reply was due before the customer went away; it stays overdue (已暂停).
    accepted = _workdays_before(cal, today, 8)
    late = new("张家湾村张德明", "resident", accepted, address="城关镇张家湾村三组")
    cases.record_completion(db, late, "acceptance", accepted, today=today)
    cases.pause_stage(db, late, "plan_reply", _workdays_before(cal, today, 2), "客户外出务工，无法现场确认", today=today)
    # The contract signed three weeks after the inspection: power-on counts from the contract.
    accepted = _workdays_before(cal, today, 40)
    # Registered as a resident by mistake; corrected (with the reason, in the history) once the survey showed a
    # repair shop: the limits of a non-resident apply from then on.
    shop = new("城关顺达汽修厂", "resident", accepted, address="城关镇环城路88号", nonlinear_load=True,
               arrears_checked=True)
    steps = [("acceptance", 40), ("site_survey", 39), ("plan_reply", 36), ("fees", 34)]
    for code, back in steps[:2]:
        cases.record_completion(db, shop, code, _workdays_before(cal, today, back), today=today)
    corrected = cases.get_case(db, shop, today).data
    corrected.category = "lv_nonresident"
    with _as(db, "城关营业厅"):
        cases.update_case(db, shop, corrected, reason="受理时客户类别录错（汽修厂为低压非居民），按现场勘查更正",
                          today=today)
    for code, back in steps[2:]:
        cases.record_completion(db, shop, code, _workdays_before(cal, today, back), today=today)
    cases.set_customer_event(db, shop, "completion_inspection", _workdays_before(cal, today, 20), today=today)
    cases.record_completion(db, shop, "completion_inspection", _workdays_before(cal, today, 18), today=today)
    cases.record_completion(db, shop, "contract", _workdays_before(cal, today, 1), today=today)
    # Connected without a revisit: allowed with the reason, and listed as 接电前未回访.
    accepted = _workdays_before(cal, today, 9)
    home = new("城南新村李秀英", "resident", accepted, address="城南新村二巷5号")
    for code, back in [("acceptance", 9), ("site_survey", 8), ("plan_reply", 7), ("fees", 6), ("contract", 5)]:
        cases.record_completion(db, home, code, _workdays_before(cal, today, back), today=today)
    cases.record_completion(db, home, "connection", _workdays_before(cal, today, 3), today=today,
                            without_revisit="客户急需用电，电话三次无人接听，经分管领导同意先接电")
    # A small business on day 8 of its 10 (calendar days), documents still missing.
    small = new("城关鑫源五金加工厂", "lv_nonresident", today - timedelta(days=8), small_business=True,
                address="城关镇工业园区12号", missing_documents="房屋租赁协议、法定代表人身份证复印件")
    cases.record_completion(db, small, "acceptance", today - timedelta(days=8), today=today)
    # A department charged: the dispatch centre did not schedule an outage the meeting decided on.
    dispatch = next((u for u in list_units(db) if u.name == "电力调度控制中心"), None)
    if dispatch is not None and today.day > 1:
        with _as(db, "营销稽查室"):
            assessment.add_item(db, month_of(today), dispatch.id, "coordination",
                                "工作配合超时限：周协调会决定的配套工程停电计划未按期安排")
        counts["items"] += 1


def _work_the_plan(db: Database, rng: random.Random, info, month: str, until: date) -> None:
    """Stations call most planned customers within the month; some are left for the report's 'missing'."""
    first, _ = parse_month(month)
    with db.transaction() as s:
        for row in info.rows:
            if rng.random() < 0.12:
                continue
            on = first + timedelta(days=rng.randint(2, 25))
            case = s.get(Case, row.case_id)
            if on > until or on < case.accepted_on:
                continue
            s.add(Revisit(id=new_id(), case_id=row.case_id, station_id=case.station_id, stage=row.stage,
                          revisit_on=on, method="phone", caller=rng.choice(CALLERS),
                          respondent=case.contact or case.customer_name, satisfaction=rng.choices(
                              ["satisfied", "basic", "unsatisfied"], [85, 12, 3])[0],
                          customer_words=rng.choice(WORDS_GOOD), **{n: YES for n in CHECKLIST}))


def _feedback_forms(db: Database, rng: random.Random, today: date, counts: dict) -> None:
    with db.session() as s:
        recent = list(s.execute(select(Case.id, Case.accepted_on).where(
            Case.accepted_on >= today - timedelta(days=300), Case.accepted_on <= today - timedelta(days=2))
            .order_by(Case.case_number)))  # (ordered: the same seed makes the same bureau)
    for n, (case_id, accepted) in enumerate(rng.sample(recent, min(len(recent), max(6, len(recent) // 60)))):
        kind = rng.choices(["complaint", "suggestion", "inquiry", "report"], [60, 20, 15, 5])[0]
        text = rng.choice({"complaint": COMPLAINTS, "report": COMPLAINTS, "suggestion": SUGGESTIONS,
                           "inquiry": INQUIRIES}[kind])
        received = min(today, accepted + timedelta(days=rng.randint(1, 30)))
        if n < 2:  # a couple just received: the office has forms to work today
            received = max(accepted, today - timedelta(days=rng.randint(0, 2)))
        with _as(db, "营销稽查室"):
            row = feedback.add_form(db, feedback.FeedbackInput(
                kind=kind, source=rng.choice(feedback.SOURCES), received_on=received, content=text, case_id=case_id,
                reporter_name=rng.choice(["匿名", "王先生", "刘女士"]) if kind in ("complaint", "report") else "",
                reporter_phone=f"13988{rng.randint(100000, 999999)}" if kind == "complaint" else ""), today=today)
        counts["forms"] += 1
        _progress_form(db, rng, row, today)


def _progress_form(db: Database, rng: random.Random, row, today: date) -> None:
    """Older forms are answered and closed (a few late); recent ones are still being worked."""
    age = (today - row.received_on).days
    if age < 3:
        return
    on = min(today, row.received_on + timedelta(days=1))
    with _as(db, "监察审计部"):
        feedback.advance(db, row.id, "in_progress", on, today=today)
    if age < 8 and rng.random() < 0.6:
        return
    reply = min(today, row.deadline + timedelta(days=rng.choice((0, -1, -2, -3, 2))))
    reply = max(reply, on)
    with _as(db, "监察审计部"):
        feedback.advance(db, row.id, "replied", reply, today=today, investigation="经调查核实情况属实",
                         decision="已督促责任供电所整改并向客户致歉", corrective_action="加强业扩服务规范培训",
                         reply_on=reply, reply_method=rng.choice(["书面", "电话"]), customer_evaluation="满意")
    if (today - reply).days > 5:
        with _as(db, "监察审计部"):
            feedback.advance(db, row.id, "reinspected", min(today, reply + timedelta(days=3)), today=today,
                             reinspection="复查已整改到位", reviewer="监察审计部")
        with _as(db, "营销稽查室"):
            feedback.advance(db, row.id, "closed", min(today, reply + timedelta(days=4)), today=today)


def _notices_and_items(db: Database, rng: random.Random, stations: list, months: list[str], today: date,
                       counts: dict) -> None:
    for month in months:
        first, last = parse_month(month)
        last = min(last, today)
        for _ in range(rng.randint(1, 3)):
            st = rng.choice(stations)
            category = rng.choice(list(FINDINGS))
            persons = rng.choice(["", "李某", "王某、张某"])
            with _as(db, "监察审计部"):
                notices.add_notice(db, notices.NoticeInput(
                    category, st.id, FINDINGS[category], first + timedelta(days=rng.randint(0, (last - first).days)),
                    persons=persons, amount=100.0 * len([p for p in persons.split("、") if p])), today=today)
            counts["notices"] += 1
        if first < today.replace(day=1):
            st = rng.choice(stations)
            with _as(db, "营销稽查室"):
                assessment.add_item(db, month, st.id, "coordination", "未按周业扩协调会决定按期完成配套工程")
            counts["items"] += 1
    # One late stage the audit office found to be the customer's doing.
    from .deadlines import working_days_late
    from .engine_context import calendar_for

    with db.session() as s:
        cal = calendar_for(s)
        stage_id = next((sid for sid, due, done in s.execute(
            select(CaseStage.id, CaseStage.due_on, CaseStage.completed_on).where(
                CaseStage.completed_on > CaseStage.due_on, CaseStage.due_on >= parse_month(months[0])[0])
            .order_by(CaseStage.due_on).limit(50)) if working_days_late(due, done, cal)), None)
    if stage_id:
        with _as(db, "营销稽查室"):
            assessment.mark_customer_cause(db, stage_id, "客户要求推迟装表，有书面申请")

