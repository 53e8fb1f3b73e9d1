"""《客户业扩服务回访（投诉）情况反馈单》: the form as the supervision dept answers it in writing. A report's
reporter is left off unless the printing PC is marked for the audit roles."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..services.feedback import KINDS, STATUSES, FeedbackDetail
from .layout import WIDE, build, field_grid, frame_width, header, page_size, signature_lines, styles

TITLE = "{bureau}客户业扩服务回访（投诉）情况反馈单"


def _date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def write_feedback_form(path: str | Path, d: FeedbackDetail, bureau: str) -> Path:
    size = page_size("A4")
    width = frame_width(size)
    s = styles()
    r, f = d.row, d.fields
    steps = "<br/>".join(f"{on:%Y-%m-%d}　{STATUSES[st]}　{user}　{note}" for st, on, user, note in d.steps)
    story = [*header(s, TITLE.format(bureau=bureau), f"编号：{r.number}"), field_grid(s, [
        ("来源", r.source), ("类别", KINDS[r.kind]), ("客户名称", r.customer_name), ("申请编号", r.case_number),
        ("反映人", d.reporter_name), ("联系电话", d.reporter_phone), ("受理日期", _date(r.received_on)),
        ("答复期限", _date(r.deadline) + ("（暂定）" if r.provisional else "")), ("责任单位", r.station),
        ("状态", STATUSES[r.status]), ("反映内容", r.content, WIDE), ("调查情况", str(f["investigation"] or ""), WIDE),
        ("处理意见", str(f["decision"] or ""), WIDE), ("整改措施", str(f["corrective_action"] or ""), WIDE),
        ("答复日期", _date(f["reply_on"])), ("答复方式", str(f["reply_method"] or "")),
        ("客户评价", str(f["customer_evaluation"] or ""), WIDE), ("复查情况", str(f["reinspection"] or "")),
        ("复查人", str(f["reviewer"] or "")), ("办理过程", steps, WIDE),
    ], width), Spacer(1, 8 * mm), signature_lines(s, ["责任单位负责人", "监察审计部"], width)]
    return build(path, story, size=size, title=f"反馈单 {r.number}")
