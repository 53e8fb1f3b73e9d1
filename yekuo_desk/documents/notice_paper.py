"""业务监督意见书: the finding against a station or persons, the assessment, and the reply asked for."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..services.notices import NoticeRow
from .layout import WIDE, build, field_grid, frame_width, header, page_size, signature_lines, styles

TITLE = "{bureau}业务监督意见书"
ASK = "请责任单位于收到本意见书之日起 5 个工作日内整改，并将整改情况书面报监察审计部。"


def write_notice_paper(path: str | Path, n: NoticeRow, bureau: str) -> Path:
    size = page_size("A4")
    width = frame_width(size)
    s = styles()
    story = [*header(s, TITLE.format(bureau=bureau), f"编号：{n.number}"), field_grid(s, [
        ("责任单位", n.station), ("下达日期", f"{n.issued_on.year}年{n.issued_on.month}月{n.issued_on.day}日"),
        ("问题类别", n.category), ("申请编号", n.case_number), ("问题描述", n.finding, WIDE),
        ("考核人员", n.persons or "—"), ("考核人次", str(n.person_count)),
        ("考核金额", f"{n.amount:,.0f} 元", WIDE),
    ], width), Spacer(1, 4 * mm), Paragraph(ASK, s.body), Spacer(1, 10 * mm),
        signature_lines(s, ["监察审计部", "责任单位签收"], width)]
    return build(path, story, size=size, title=f"业务监督意见书 {n.number}")
