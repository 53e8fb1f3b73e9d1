"""What each of the meeting's charts shows, Qt-free: its title, axis labels, series and the table of numbers
behind it, drawn by the dashboard (pyqtgraph, views/chart_view.py) and by the pack (reportlab, documents/). Each
point keeps the key that lists its cases (`Stats.behind`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .stages import CATEGORIES, STAGES
from .statistics import LEDGER_AGES, SMALL_BUSINESS_PARTS, Stats

BAR, STACKED, GROUPED, LINE = "bar", "stacked", "grouped", "line"


@dataclass
class Series:
    name: str
    values: list[float | None]
    keys: list[tuple | None] = field(default_factory=list)  # per point: (chart, *key) for Stats.behind


@dataclass
class Chart:
    key: str
    title: str
    kind: str
    categories: list[str]
    series: list[Series]
    x_label: str
    y_label: str
    headers: list[str]
    rows: list[list[object]]
    reference: tuple[str, float] | None = None  # a labelled horizontal line (the bureau's rate, a target)
    percent: bool = False                       # values are rates shown as percentages
    note: str = ""


CHART_KEYS = ("open_by_stage", "overdue", "overdue_trend", "on_time", "connection_time", "small_business",
              "stage_time", "revisits", "feedback", "ledgers")


def pct(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.1f}%"


def num(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def charts(stats: Stats) -> list[Chart]:
    return [_open_by_stage(stats), _overdue(stats), _overdue_trend(stats), _on_time(stats), _connection(stats),
            _small_business(stats), _stage_time(stats), _revisits(stats), _feedback(stats), _ledgers(stats)]


def _open_by_stage(st: Stats) -> Chart:
    stations = list(st.open_by_stage)
    order = {stage.name: i for i, stage in enumerate(STAGES)}
    stages = sorted({name for by in st.open_by_stage.values() for name in by}, key=lambda n: order.get(n, -1))
    series = [Series(stage, [st.open_by_stage[s].get(stage, 0) for s in stations],
                     [("open_by_stage", s, stage) for s in stations]) for stage in stages]
    rows = [[s, *(st.open_by_stage[s].get(stage, 0) for stage in stages), sum(st.open_by_stage[s].values())]
            for s in stations]
    return Chart("open_by_stage", "在办工单（按供电所、当前环节）", STACKED, stations, series, "供电所", "工单数（件）",
                 ["供电所", *stages, "合计"], rows, note=f"截至 {st.as_of:%Y-%m-%d}")


def _overdue(st: Stats) -> Chart:
    stations = list(st.overdue)
    values = [len(st.overdue[s]) for s in stations]
    return Chart("overdue", "超期环节（按供电所）", BAR, stations,
                 [Series("超期环节", values, [("overdue", s) for s in stations])], "供电所", "超期环节（个）",
                 ["供电所", "超期环节"], [[s, v] for s, v in zip(stations, values)], note=f"截至 {st.as_of:%Y-%m-%d}")


def _overdue_trend(st: Stats) -> Chart:
    weeks = [f"{d.month}/{d.day}" for d, _ in st.overdue_trend]
    values = [len(v) for _, v in st.overdue_trend]
    return Chart("overdue_trend", f"超期环节周趋势（近 {len(weeks)} 周，每周五）", LINE, weeks,
                 [Series("超期环节", values, [("overdue_trend", d.isoformat()) for d, _ in st.overdue_trend])],
                 "周（截至周五）", "超期环节（个）", ["周五", "超期环节"],
                 [[d.isoformat(), v] for (d, _), v in zip(st.overdue_trend, values)])


def _on_time(st: Stats) -> Chart:
    stations = list(st.on_time)
    rates = [st.on_time[s].rate for s in stations]
    bureau = st.bureau_on_time
    rows = [[s, r.completed, r.on_time, pct(r.rate)] for s, r in st.on_time.items()]
    rows.append(["全局" if not st.scope else "合计", bureau.completed, bureau.on_time, pct(bureau.rate)])
    return Chart("on_time", "时限达标率（按供电所）", BAR, stations,
                 [Series("时限达标率", rates, [("on_time", s) for s in stations])], "供电所", "达标率（%）",
                 ["供电所", "完成环节", "按时完成", "达标率"], rows,
                 reference=(f"全局 {pct(bureau.rate)}", bureau.rate) if bureau.rate is not None else None,
                 percent=True, note="有时限的环节在期内完成的，按时完成的比例")


def _connection(st: Stats) -> Chart:
    names = list(st.connection_time)
    avgs = [st.connection_time[n].avg for n in names]
    rows = [[n, a.count, num(a.avg)] for n, a in st.connection_time.items()]
    return Chart("connection_time", "平均接电时长（按客户类别）", BAR, names,
                 [Series("平均接电时长", avgs, [("connection_time", n) for n in names])], "客户类别", "工作日",
                 ["客户类别", "接电户数", "平均工作日"], rows,
                 note="受理至装表接电完成的工作日（受理当日不计），按接电日期计入期间")


def _small_business(st: Stats) -> Chart:
    parts = list(SMALL_BUSINESS_PARTS)
    labels = [SMALL_BUSINESS_PARTS[p] for p in parts]
    target = st.small_business_target
    unit = "" if not target else ("天" if target[1] == "calendar" else "个工作日")
    rows = [[SMALL_BUSINESS_PARTS[p], a.count, num(a.avg), a.within, pct(a.within / a.count if a.count else None)]
            for p, a in st.small_business.items()]
    return Chart("small_business", "低压小微企业接电时长", BAR, labels,
                 [Series("平均接电时长", [st.small_business[p].avg for p in parts],
                         [("small_business", p) for p in parts])], "", "工作日",
                 ["", "接电户数", "平均工作日", f"{target[0]}{unit}内接电" if target else "达标", "达标率"], rows,
                 reference=(f"目标 {target[0]} 个工作日", float(target[0])) if target and target[1] != "calendar"
                 else None, note=f"目标：受理后 {target[0]} {unit}内接电" if target else "")


def _stage_time(st: Stats) -> Chart:
    stages = list(st.stage_time)
    categories = [c for c in CATEGORIES.values() if st.stage_time_by_category.get(c)]
    series = [Series(c, [st.stage_time_by_category[c][s].avg if s in st.stage_time_by_category[c] else None
                         for s in stages],
                     [("stage_time", s, c) if s in st.stage_time_by_category[c] else None for s in stages])
              for c in categories]
    rows = [[s, st.stage_time[s].count, num(st.stage_time[s].avg),
             *(num(st.stage_time_by_category[c][s].avg) if s in st.stage_time_by_category[c] else "—"
               for c in categories)] for s in stages]
    return Chart("stage_time", "各环节平均用时（按客户类别）", GROUPED, stages, series, "环节", "工作日",
                 ["环节", "完成数", "平均工作日", *categories], rows,
                 note="环节开始计时至完成的工作日，扣除客户原因暂停")


def _revisits(st: Stats) -> Chart:
    months = [r["month"] for r in st.revisits]
    return Chart("revisits", "回访率与满意率（按月）", LINE, months,
                 [Series(name, [r[field] for r in st.revisits], [("revisits", r["month"]) for r in st.revisits])
                  for name, field in (("回访率", "revisit_rate"), ("满意率", "satisfaction_rate"))], "月份", "%",
                 ["月份", "计划回访", "已回访", "回访记录", "回访率", "满意率"],
                 [[r["month"], r["planned"], r["done"], r["revisited"], pct(r["revisit_rate"]),
                   pct(r["satisfaction_rate"])] for r in st.revisits], percent=True,
                 note="满意率：满意与基本满意的回访 ÷ 全部回访")


def _feedback(st: Stats) -> Chart:
    stations = list(st.feedback)
    return Chart("feedback", "未办结与逾期的反馈单（按供电所）", GROUPED, stations,
                 [Series("未答复", [st.feedback[s]["open"] for s in stations],
                         [("feedback", s, "open") for s in stations]),
                  Series("逾期未答复", [st.feedback[s]["late"] for s in stations],
                         [("feedback", s, "late", st.feedback_cut) for s in stations])], "供电所", "反馈单（份）",
                 ["供电所", "未答复", "其中逾期"], [[s, v["open"], v["late"]] for s, v in st.feedback.items()],
                 note=f"截至 {st.as_of:%Y-%m-%d}")


def _ledgers(st: Stats) -> Chart:
    ledgers = list(st.ledgers)
    bands = [b for _, b in LEDGER_AGES]
    series = [Series(b, [len(st.ledgers[ld][b]) for ld in ledgers], [("ledgers", ld, b) for ld in ledgers])
              for b in bands]
    rows = [[ld, *(len(st.ledgers[ld][b]) for b in bands), sum(len(v) for v in st.ledgers[ld].values())]
            for ld in ledgers]
    return Chart("ledgers", "三类台账在办工单及其时长", STACKED, ledgers, series, "台账", "工单数（件）",
                 ["台账", *bands, "合计"], rows, note="自受理之日起的自然日")


# Okabe–Ito, readable by the colour-blind, then two greys (a stacked chart of ten stages).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000", "#999999",
           "#5A3E1B")
REFERENCE_COLOUR = "#C00000"
