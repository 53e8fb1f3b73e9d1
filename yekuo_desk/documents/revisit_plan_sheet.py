"""The revisit plan sheet a station receives by the 3rd: the cases, the stage to ask about, the contact, and
columns the caller fills in by hand."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..services.months import month_label
from ..services.revisits import REASON_NAMES, PlanInfo
from ..services.stages import stage_name
from .layout import build, data_table, frame_width, header, page_size, signature_lines, styles

TITLE = "{bureau}业扩服务回访计划"
HEADERS = ["序号", "申请编号", "客户名称", "联系人", "联系电话", "回访环节", "列入原因", "回访日期", "满意度", "客户意见"]
WIDTHS_MM = [9, 28, 40, 16, 25, 20, 56, 20, 16, 40]


def write_plan_sheet(path: str | Path, plan: PlanInfo, bureau: str) -> Path:
    size = page_size("A4", wide=True)
    width = frame_width(size, 10 * mm)
    s = styles()
    issued = (f"下达日期：{plan.issued_on.year}年{plan.issued_on.month}月{plan.issued_on.day}日" if plan.issued_on
              else "（未下达）")
    rows = [[i, r.case_number, r.customer_name, r.contact, r.phone, stage_name(r.stage), REASON_NAMES[r.reason],
             "", "", ""] for i, r in enumerate(plan.rows, start=1)]
    story = [*header(s, TITLE.format(bureau=bureau), f"{plan.station}　{month_label(plan.month)}　{issued}　"
                     f"共 {len(rows)} 件；回访结果请于次月10日前报监察审计部"),  # seed 000 art. 9
             data_table(s, HEADERS, rows, [w * width / sum(WIDTHS_MM) for w in WIDTHS_MM]), Spacer(1, 6 * mm),
             signature_lines(s, ["回访人", "供电所负责人"], width)]
    return build(path, story, size=size, title=f"回访计划 {plan.station} {plan.month}", margins=10 * mm,
                 page_numbers=True)
