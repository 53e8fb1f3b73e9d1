"""The demo bureau: a realistic county with a dozen stations and several years of cases.

Cases are simulated stage by stage through the real deadline engine, so every due date,
pause and late stage in the demo is one the app itself would compute. Deterministic
for a given seed and "today". Written in bulk (Core inserts) so that the 200,000-case
benchmark bureau is built the same way.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, select, text

from ..db import Database
from ..models import Case, CaseStage, Revisit, StagePause, Station
from ..models.base import utcnow
from . import audit, auth
from .deadlines import CaseFacts, Pause, StageFacts, plan_stages, summarize, working_days_late
from .demo_workflow import EXAMPLE_CASES, build_workflow, revisit_row
from .engine_context import engine_context
from .pinyin import initials
from .plan_columns import insert_rows
from .stages import HV_DUAL, HV_SINGLE, LV_NONRESIDENT, RESIDENT, STAGE_BY_CODE
from .validation import id_check_char, uscc_check_char

COUNTY = "玉溪市澄川县"
STATIONS = [  # name, code, phone
    ("城关供电所", "CG", "0877-6012345"), ("河口供电所", "HK", "0877-6023456"),
    ("新街供电所", "XJ", "0877-6034567"), ("龙潭供电所", "LT", "0877-6045678"),
    ("石桥供电所", "SQ", "0877-6056789"), ("马街供电所", "MJ", "0877-6067890"),
    ("青山供电所", "QS", "0877-6078901"), ("白塔供电所", "BT", "0877-6089012"),
    ("三江供电所", "SJ", "0877-6090123"), ("平坝供电所", "PB", "0877-6101234"),
    ("大兴供电所", "DX", "0877-6112345"), ("高桥供电所", "GQ", "0877-6123456"),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰云春梅海燕林波宇浩凤鑫琴晨亮健斌瑞淑帅胜松思顺珊三"
VILLAGES = ["和平村", "新民村", "团结社区", "光明村", "红旗村", "东风社区", "向阳村", "太平村", "中和村", "兴隆社区"]
INDUSTRIES = ["农业科技", "食品加工", "建材", "物流", "商贸", "水泥制品", "烤烟复烤", "花卉种植", "矿业", "酒店管理"]
SHOPS = ["超市", "便利店", "农家乐", "汽修厂", "米线店", "养殖场", "烤烟房", "五金店", "诊所", "加油站"]
PAUSE_REASONS = ["客户资料不全，等待补充产权证明", "客户要求暂缓现场勘查", "客户内部工程未完工",
                 "客户变更用电容量，重新确认", "客户外出，无法配合现场工作", "等待客户签署供用电合同"]


@dataclass
class DemoSummary:
    stations: int
    cases: int
    open_cases: int
    overdue_stages: int
    paused_stages: int
    revisit_plans: int = 0
    feedback_forms: int = 0
    notices: int = 0


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def _id_number(rng: random.Random) -> str:
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
    first = f"530422{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first + id_check_char(first)


def _credit_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    first = "91530422" + "".join(rng.choice(chars) for _ in range(9))
    return first + uscc_check_char(first)


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


class _CaseMaker:
    """Makes one case's facts: who, what, and how far it got by `today`."""

    def __init__(self, rng: random.Random, today: date, ctx) -> None:
        self.rng, self.today, self.ctx = rng, today, ctx
        self.cal, self.rules = ctx.calendar, ctx.rules

    def customer(self, category: str, small: bool, town: str) -> dict:
        rng = self.rng
        if category == RESIDENT:
            name = _person(rng)
            return dict(customer_name=name, contact=name, id_number=_id_number(rng),
                        business_type=rng.choice(["低压居民新装", "低压居民新装", "增容", "分布式光伏并网"]),
                        voltage="220V", capacity_kva=float(rng.choice((4, 6, 8, 10, 12))))
        if category == LV_NONRESIDENT:
            if small or rng.random() < 0.5:
                name = f"{town}{rng.choice(INDUSTRIES)}有限公司" if small else f"{town}{_person(rng)[0]}记{rng.choice(SHOPS)}"
            else:
                name = f"{town}{rng.choice(SHOPS)}"
            return dict(customer_name=name, contact=_person(rng), id_number=_credit_code(rng),
                        business_type=rng.choice(["低压非居民新装", "低压非居民新装", "增容", "临时用电"]),
                        voltage="380V", capacity_kva=float(rng.choice((20, 30, 50, 80, 100, 160))))
        name = f"{COUNTY[3:5]}{rng.choice(INDUSTRIES)}{rng.choice(['有限公司', '股份有限公司', '集团有限公司'])}"
        return dict(customer_name=name, contact=_person(rng), id_number=_credit_code(rng),
                    business_type=rng.choice(["高压新装", "高压新装", "增容"]),
                    voltage=rng.choice(["10kV", "10kV", "35kV"]) if category == HV_SINGLE else "35kV",
                    capacity_kva=float(rng.choice((250, 400, 630, 800, 1250, 2000, 3150))))

    def _work_days(self, limit: int | None, used: int) -> int:
        """Working days from the clock's start to completion: mostly within what is left of the limit
        after the earlier stages (`used`), sometimes late; a stage without a limit takes a day or two."""
        rng = self.rng
        if limit is None:
            return used + rng.choice((0, 0, 0, 1, 1))
        if rng.random() < 0.015:
            return max(used, limit) + rng.randint(1, 8)
        return used + rng.randint(0, max(0, limit - used))

    def stages(self, cf: CaseFacts, quick: int = 0) -> dict[str, StageFacts]:
        """`quick`: the most calendar days the customer takes for a step (a small business under the zero
        service: its own works are small; with grid works the bureau's part takes longer)."""
        rng, cal, today = self.rng, self.cal, self.today
        facts: dict[str, StageFacts] = {}
        previous_done = cf.accepted_on
        stalls = (today - cf.accepted_on).days < 45 and rng.random() < 0.05
        for plan_code in [p.code for p in plan_stages(cf, {}, self.rules, cal)]:
            f = facts.setdefault(plan_code, StageFacts(plan_code))
            if STAGE_BY_CODE[plan_code].customer_event:
                most = quick or (40 if cf.category in (HV_SINGLE, HV_DUAL) else 12)
                event = previous_done + timedelta(days=rng.randint(1 if quick else 2, most))
                if event > today:
                    break
                f.customer_event_on = event
            plan = {p.code: p for p in plan_stages(cf, facts, self.rules, cal)}[plan_code]
            start = plan.start_on or previous_done
            pause_days, pause_end = 0, start
            if plan.limit_days and rng.random() < 0.06:
                p_start = cal.add_workdays(start, rng.randint(0, max(0, plan.limit_days - 1))).day
                pause_days = rng.randint(2, 8)
                pause_end = cal.add_workdays(p_start, pause_days).day
                if p_start <= today < pause_end:
                    f.pauses.append(Pause(p_start, None, rng.choice(PAUSE_REASONS)))
                    break
                if pause_end <= today:
                    f.pauses.append(Pause(p_start, pause_end, rng.choice(PAUSE_REASONS)))
            used = max(0, cal.count_workdays(start, previous_done))
            work = self._work_days(plan.limit_days, used) if not quick else used + rng.randint(0, 1)
            done = cal.add_workdays(start, work + pause_days).day
            done = max(done, previous_done, pause_end)
            if done > today:
                break
            if stalls and plan.due_on is not None and plan.due_on < today and rng.random() < 0.5:
                break  # a recent stage the station has let run over: the morning check's work
            f.completed_on = previous_done = done
        return facts


DEMO_MARK = "demo_data"  # a setting: this file holds the invented demo bureau


DEMO_PASSWORD = "demo123"
# login, name, role, station (the clerk's)
DEMO_USERS = (("admin", "王志刚", auth.ADMIN, None), ("jicha", "李娟", auth.AUDIT, None),
              ("jiancha", "赵明", auth.SUPERVISION, None), ("juzhang", "陈建华", auth.CHIEF, None),
              ("chengguan", "张丽", auth.CLERK, "CG"))


def is_demo(db: Database) -> bool:
    """This file holds the invented demo bureau (its title bar says so; it never syncs)."""
    from .settings_store import get_setting

    with db.session() as s:
        return get_setting(s, DEMO_MARK, "") == "1"


def add_demo_users(db: Database) -> None:
    from .stations import list_stations

    codes = {st.code: st.id for st in list_stations(db)}
    for login, name, role, code in DEMO_USERS:  # the administrator first: it ends the setup mode
        if role != auth.ADMIN and db.actor is None:
            auth.login(db, DEMO_USERS[0][0], DEMO_PASSWORD)
        auth.add_user(db, login, DEMO_PASSWORD, role, unit_id=codes.get(code), full_name=name)
    db.actor = None


def build_demo(db: Database, cases: int = 5000, seed: int = 7, today: date | None = None,
               progress: Callable[[int, int], None] | None = None, users: bool = False,
               to_send: bool = False) -> DemoSummary:
    """Fill an empty database with the demo bureau. Refuses a database that already has cases. `users`: one
    user of each role (DEMO_USERS, password DEMO_PASSWORD), so logging in and the roles can be tried.
    The whole bureau is one transaction: a kill or a failure part-way leaves the file as it was. A demo file
    never syncs, so nothing is left waiting to be sent; unless `to_send` (``shared-db demo`` fills a training
    shared database from it)."""
    with db.all_or_nothing():
        summary = _build_demo(db, cases, seed, today or date.today(), progress, users)
        if not to_send:
            with db.transaction() as s:
                s.execute(text("DELETE FROM sync_outbox"))
        return summary


def _build_demo(db: Database, cases: int, seed: int, today: date, progress, users: bool) -> DemoSummary:
    rng = random.Random(seed)
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        if s.scalar(select(Case.id).limit(1)):
            raise ValueError("数据库中已有工单，演示数据只能装入空数据库")
        existing = {st.code: st for st in s.scalars(select(Station))}
        stations = []
        for order, (name, code, phone) in enumerate(STATIONS):
            st = existing.get(code) or Station(name=name, code=code, phone=phone, sort_order=order,
                                               address=f"{COUNTY}{name[:2]}镇")
            s.add(st)
            stations.append(st)
        s.flush()
        from .papers import BUREAU_NAME
        from .settings_store import set_setting
        set_setting(s, BUREAU_NAME, COUNTY.removeprefix("玉溪市").replace("县", "县供电局"))
        set_setting(s, DEMO_MARK, "1")  # the window's title says 演示数据
        ctx = engine_context(s)
    maker = _CaseMaker(rng, today, ctx)
    staff = random.Random(seed + 1)  # its own stream: the cases stay what they were before managers existed
    managers = {st.id: [(_person(staff), _mobile(staff)) for _ in range(staff.randint(2, 3))] for st in stations}
    seq: dict[tuple[str, int], int] = {}
    totals = dict(open=0, overdue=0, paused=0)
    # About 20,000 cases a year (a large county), at least three years of history.
    start_day = today - timedelta(days=365 * max(3, round(cases / 20000)))
    span = (today - start_day).days
    recent_share = min(0.12, 600 / max(cases, 1))  # the last weeks are busy: the due panel has work
    batch_cases, batch_stages, batch_pauses, batch_revisits, batch_trail = [], [], [], [], []
    now = utcnow()
    weights = [rng.uniform(0.5, 2.0) for _ in stations]
    # A few of the cases are the hand-made examples of the regulations' rules (demo_workflow), made last.
    examples = EXAMPLE_CASES if cases >= 50 else 0
    generated = cases - examples
    for i in range(generated):
        st = rng.choices(stations, weights)[0]
        # More recent years have more cases; the last weeks are the busiest.
        if rng.random() < recent_share:
            accepted = today - timedelta(days=rng.randrange(60))
        else:
            accepted = start_day + timedelta(days=int(span * rng.random() ** 0.6))
        if not maker.cal.is_workday(accepted):
            accepted = maker.cal.next_workday_on_or_after(accepted)
            if accepted > today:
                accepted = today
        r = rng.random()
        category = RESIDENT if r < 0.6 else LV_NONRESIDENT if r < 0.9 else HV_SINGLE if r < 0.98 else HV_DUAL
        small = category == LV_NONRESIDENT and rng.random() < 0.45
        important = (category in (HV_SINGLE, HV_DUAL) and rng.random() < 0.4) or (
            category == LV_NONRESIDENT and rng.random() < 0.05)
        town = st.name[:2]
        key = (st.code, accepted.year)
        seq[key] = seq.get(key, 0) + 1
        info = maker.customer(category, small, town)
        works = small and rng.random() < 0.45
        cf = CaseFacts(category, important, accepted)
        facts = maker.stages(cf, quick=(4 if works else 2) if small else 0)
        plans = plan_stages(cf, facts, ctx.rules, ctx.calendar)
        summary = summarize(plans)
        ledger = ""
        if summary.state != "done":
            totals["open"] += 1
            x = rng.random()
            ledger = "connect_first" if x < 0.03 else "in_process" if x < 0.06 else "pre_advance" if x < 0.08 else ""
        manager, manager_phone = managers[st.id][seq[key] % len(managers[st.id])]
        case, stages, pauses = insert_rows(dict(
            station_id=st.id, case_number=f"{st.code}-{accepted.year}-{seq[key]:05d}",
            customer_initials=initials(info["customer_name"]), category=category, small_business=small,
            important_load=important, grid_works=works, ledger=ledger,
            address=f"{COUNTY}{town}镇{rng.choice(VILLAGES)}{rng.randint(1, 300)}号",
            phone=_mobile(rng), accepted_on=accepted, manager=manager, manager_phone=manager_phone, **info),
            plans, facts, ctx, now)
        batch_cases.append(case)
        batch_stages.extend(stages)
        batch_pauses.extend(pauses)
        batch_trail.extend(audit.fact_entries(case, stages, "演示数据", pauses))
        revisit = revisit_row(rng, case, plans, today)
        if revisit:
            batch_revisits.append(revisit)
        for plan in plans:
            totals["overdue"] += plan.completed_on is None and working_days_late(plan.due_on, today, ctx.calendar) > 0
            totals["paused"] += plan.paused
        if len(batch_cases) >= 5000 or i == generated - 1:
            with db.transaction() as s:
                s.execute(insert(Case), batch_cases)
                s.execute(insert(CaseStage), batch_stages)
                if batch_pauses:
                    s.execute(insert(StagePause), batch_pauses)
                if batch_revisits:
                    s.execute(insert(Revisit), batch_revisits)
                audit.append_many(s, batch_trail, user="演示数据")
            batch_cases, batch_stages, batch_pauses, batch_revisits, batch_trail = [], [], [], [], []
            if progress:
                progress(i + 1, cases)
    workflow = build_workflow(db, rng, today, examples=bool(examples))
    if users:
        add_demo_users(db)
    return DemoSummary(len(stations), cases, totals["open"], totals["overdue"], totals["paused"],
                       workflow["plans"], workflow["forms"], workflow["notices"])
