"""The written receipt (书面回执, seed 000 art. 8): the stage done, and the next stage's limit and due date,
in two parts, the customer's copy and the stub, cut apart along a dashed line."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..services.papers import COMPLAINT_LINES, ReceiptData
from .fonts import cjk_font
from .layout import WIDE, build, field_grid, frame_width, halves, header, page_size, signature_lines, styles

MARGINS = 12 * mm
# The wording, kept together so a bureau can change a title or a clause in one place.
TITLE = "业扩报装书面回执"
PARTS = ("客户联", "存根联")
NEXT_DUE = "下一环节“{name}”的办理时限为 {limit} 个工作日，应于 <b>{due}</b> 前办结{note}。"
NEXT_WAITING = "下一环节“{name}”的办理时限为 {limit} 个工作日，自您{event}之日起计算。"
NO_NEXT = "后续环节无规定时限，我们将尽快为您办理。"
PROVISIONAL = "（{year}年节假日安排公布前为暂定日期）"
CONTACT = "如有疑问请联系{station}（电话：{phone}）。对服务不满意可拨打 {lines} 投诉。"


def _date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def next_sentence(data: ReceiptData) -> str:
    n = data.next
    if n is None:
        return NO_NEXT
    if n.starts_with or n.due_on is None:
        return NEXT_WAITING.format(name=n.name, limit=n.limit_days, event=n.starts_with or "提交资料")
    note = PROVISIONAL.format(year=n.due_on.year) if n.provisional else ""
    return NEXT_DUE.format(name=n.name, limit=n.limit_days, due=_date(n.due_on), note=note)


def _part(data: ReceiptData, part: str, width: float) -> list[Flowable]:
    s = styles()
    grid = field_grid(s, [
        ("申请编号", data.case_number), ("供电所", data.station), ("客户名称", data.customer_name),
        ("联系电话", data.phone), ("用电地址", data.address, WIDE),
        ("办结环节", data.stage_name), ("办结日期", _date(data.done_on)),
    ], width)
    return [
        *header(s, f"{data.bureau}{TITLE}", f"（{part}）"), grid, Spacer(1, 3 * mm),
        Paragraph(next_sentence(data), s.body), Spacer(1, 2 * mm),
        Paragraph(CONTACT.format(station=data.station, phone=data.station_phone or "—", lines=COMPLAINT_LINES), s.small),
        Spacer(1, 2 * mm), signature_lines(s, ["客户", "经办人"], width),
    ]


def receipt_story(data: ReceiptData, size) -> list[Flowable]:
    """One receipt on one page: the customer's copy above the cut line, the stub below."""
    width = frame_width(size, MARGINS)
    return [halves(_part(data, PARTS[0], width), _part(data, PARTS[1], width), size, MARGINS, cjk_font().name)]


def write_receipt(path: str | Path, data: ReceiptData, paper: str = "A4") -> Path:
    size = page_size(paper)
    return build(path, receipt_story(data, size), size=size, title=f"{TITLE} {data.case_number}", margins=MARGINS)


def write_receipts(path: str | Path, receipts: list[ReceiptData], paper: str = "A4") -> Path:
    """Many receipts in one file (a day's batch), one page each."""
    size = page_size(paper)
    story: list[Flowable] = []
    for i, data in enumerate(receipts):
        if i:
            story.append(PageBreak())
        story += receipt_story(data, size)
    return build(path, story, size=size, title=f"{TITLE}（{len(receipts)} 份）", margins=MARGINS)
