"""The marketing department's quarterly quality analysis (seed 000 art. 6(1)): the meeting's statistics for a
quarter against the previous quarter and the same quarter a year before, with the largest changes called out."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..db import Database
from .periods import Period, parse_quarter, previous_quarter, quarter_period
from .statistics import SMALL_BUSINESS_PARTS, Average, Rate, Stats, compute

MIN_COUNT = 5     # an average or a rate over fewer cases is shown, never called out
CALLOUTS = 6


@dataclass(frozen=True)
class Figure:
    group: str                # 接电时长 / 时限达标率 / …
    name: str                 # what: 居民, 城关供电所, 供电方案答复 …
    unit: str                 # 工作日 | % | 个 | 件
    values: tuple[float | None, float | None, float | None]  # this quarter, the previous, last year's
    counts: tuple[int, int, int]  # what each value rests on (cases, stages)
    lower_better: bool | None = True  # None: a volume, neither better nor worse

    def change(self, other: int) -> float | None:
        now, then = self.values[0], self.values[other]
        return None if now is None or then is None else now - then

    def shown(self, i: int) -> str:
        v = self.values[i]
        if v is None:
            return "—"
        return f"{v:.1f}%" if self.unit == "%" else (f"{v:.2f}" if self.unit == "工作日" else f"{v:g}")


@dataclass
class Quarterly:
    periods: tuple[Period, Period, Period]
    stats: tuple[Stats, Stats, Stats]
    figures: list[Figure]
    callouts: list[str]


def _avg(group: str, name: str, averages: list[Average | None]) -> Figure:
    return Figure(group, name, "工作日", tuple(a.avg if a else None for a in averages),
                  tuple(a.count if a else 0 for a in averages))


def _rate(group: str, name: str, rates: list[Rate | None]) -> Figure:
    return Figure(group, name, "%", tuple(None if not r or r.rate is None else round(100 * r.rate, 2) for r in rates),
                  tuple(r.completed if r else 0 for r in rates), lower_better=False)


def _revisit_figures(all_stats: tuple[Stats, ...]) -> list[Figure]:
    def totals(st: Stats) -> tuple[float | None, float | None, int, int]:
        planned = sum(r["planned"] for r in st.revisits)
        done = sum(r["done"] for r in st.revisits)
        revisited = sum(r["revisited"] for r in st.revisits)
        satisfied = sum(r["satisfied"] for r in st.revisits)
        return (round(100 * done / planned, 2) if planned else None,
                round(100 * satisfied / revisited, 2) if revisited else None, planned, revisited)
    t = [totals(st) for st in all_stats]
    return [Figure("回访", "回访率", "%", tuple(x[0] for x in t), tuple(x[2] for x in t), lower_better=False),
            Figure("回访", "满意率", "%", tuple(x[1] for x in t), tuple(x[3] for x in t), lower_better=False)]


def figures_of(all_stats: tuple[Stats, Stats, Stats]) -> list[Figure]:
    now = all_stats[0]
    out = [_avg("平均接电时长", name, [st.connection_time.get(name) for st in all_stats])
           for name in now.connection_time]
    out += [Figure("接电户数", name, "件", tuple(float(st.connection_time[name].count) for st in all_stats),
                   tuple(st.connection_time[name].count for st in all_stats), lower_better=None)
            for name in now.connection_time]
    out += [_avg("低压小微企业接电时长", SMALL_BUSINESS_PARTS[p], [st.small_business[p] for st in all_stats])
            for p in now.small_business]
    out.append(Figure("低压小微企业", "目标内接电比例", "%", tuple(
        round(100 * st.small_business["all"].within / st.small_business["all"].count, 2)
        if st.small_business["all"].count else None for st in all_stats),
        tuple(st.small_business["all"].count for st in all_stats), lower_better=False))
    out.append(_rate("时限达标率", "全局" if not now.scope else now.scope, [st.bureau_on_time for st in all_stats]))
    if not now.scope:
        out += [_rate("时限达标率", name, [st.on_time.get(name) for st in all_stats]) for name in now.on_time]
    out += [_avg("环节平均用时", name, [st.stage_time.get(name) for st in all_stats]) for name in now.stage_time]
    out += [Figure("季末超期环节", name, "个", tuple(float(len(st.overdue.get(name, []))) for st in all_stats),
                   (0, 0, 0)) for name in now.overdue]
    return out + _revisit_figures(all_stats)


def _size(f: Figure, other: int) -> float:
    """How large a change is, comparable across figures: a relative change for averages and counts, percentage
    points / 100 for rates; 0 for a change that rests on too few cases to mean anything."""
    delta, then, now = f.change(other), f.values[other], f.values[0]
    if not delta or then is None:
        return 0.0
    if f.unit in ("工作日", "%") and min(f.counts[0], f.counts[other]) < MIN_COUNT:
        return 0.0
    if f.unit in ("个", "件"):
        return 0.0 if max(now, then) < 2 * MIN_COUNT else abs(delta) / max(then, 2 * MIN_COUNT)
    return abs(delta) / 100 if f.unit == "%" else abs(delta) / max(abs(then), 1)


def callouts(figures: list[Figure], limit: int = CALLOUTS) -> list[str]:
    """The largest changes against the previous quarter or the same quarter last year, in words (each figure
    once, against whichever moved it more)."""
    found = []
    for f in figures:
        size, other = max((_size(f, o), o) for o in (1, 2))
        if not size:
            continue
        delta, then = f.change(other), f.values[other]
        against = "上季度" if other == 1 else "上年同期"
        verdict = "" if f.lower_better is None else ("，好转" if (delta < 0) == f.lower_better else "，变差")
        unit = {"%": " 个百分点", "工作日": " 个工作日", "个": " 个", "件": " 件"}[f.unit]
        amount = f"{abs(delta):.1f}" if f.unit in ("%", "工作日") else f"{abs(delta):g}"
        rel = "" if f.unit == "%" or not then else f"（{'+' if delta > 0 else '-'}{abs(delta) / abs(then):.0%}）"
        found.append((size, f"{f.group}·{f.name}：本季度 {f.shown(0)}，比{against}（{f.shown(other)}）"
                            f"{'增加' if delta > 0 else '减少'} {amount}{unit}{rel}{verdict}"))
    found.sort(key=lambda x: -x[0])
    return [text for _, text in found[:limit]]


def build_quarterly(db: Database, quarter: str, station_id: str | None = None, *,
                    today: date | None = None) -> Quarterly:
    now = parse_quarter(quarter)
    year, q = now.first.year, (now.first.month - 1) // 3 + 1
    before, last_year = quarter_period(*previous_quarter(year, q)), quarter_period(year - 1, q)
    periods = (now, before, last_year)
    stats = tuple(compute(db, p.first, p.last, station_id, today=today, revisit_months=3, verify=p is now)
                  for p in periods)
    figures = figures_of(stats)
    return Quarterly(periods, stats, figures, callouts(figures))
