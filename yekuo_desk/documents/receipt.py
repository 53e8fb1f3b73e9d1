"""The written receipt (书面回执, seed 000 art. 8): the stage done, and the next stage's limit and due date,
in two parts, the customer's copy and the stub, cut apart along a dashed line.

Drawn straight on the canvas (documents/drawn.py): a day's batch runs to a thousand pages, and the frame
of each part (title, ruled cells, labels, signature lines) is drawn once as a form and placed on every page."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..services.papers import COMPLAINT_LINES, ReceiptData
from .drawn import (FormCache, GridRow, draw_cut_line, draw_grid_frame, draw_grid_values, draw_runs,
                    draw_signature_lines, draw_text, wrap_runs)
from .fonts import cjk_font
from .layout import frame_width, page_size

MARGINS = 12 * mm
CUT = 10 * mm
# The wording, kept together so a bureau can change a title or a clause in one place.
TITLE = "业扩报装书面回执"
PARTS = ("客户联", "存根联")
LABELS = (("申请编号", "供电所"), ("客户名称", "联系电话"), ("用电地址",), ("办结环节", "办结日期"))
SIGNERS = ("客户", "经办人")
NEXT_DUE = "下一环节“{name}”的办理时限为 {limit} 个工作日，应于 **{due}** 前办结{note}。"
NEXT_WAITING = "下一环节“{name}”的办理时限为 {limit} 个工作日，自{start}起计算。"
NO_NEXT = "后续环节无规定时限，我们将尽快为您办理。"
PROVISIONAL = "（{year}年节假日安排公布前为暂定日期）"
CONTACT = "如有疑问请联系{station}（电话：{phone}）。对服务不满意可拨打 {lines} 投诉。"


@dataclass(frozen=True)
class Metrics:
    """Type sizes and heights in points for one paper size (an A5 half is small)."""
    title: float
    subtitle: float
    cell: float
    row: float
    body: float
    small: float
    signature_row: float


METRICS = {"A4": Metrics(16, 10.5, 9.5, 20, 10.5, 8.5, 10 * mm),
           "A5": Metrics(13, 9, 8.5, 18, 9, 7.5, 8 * mm)}


def _date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def next_sentence(data: ReceiptData) -> str:
    """The sentence about the next stage; the due date is emphasised between ** marks."""
    n = data.next
    if n is None:
        return NO_NEXT
    if n.starts_with or n.due_on is None:
        start = n.starts_with or "上一环节完成之日"
        return NEXT_WAITING.format(name=n.name, limit=n.limit_days, start=start.replace("客户", "您", 1))
    note = PROVISIONAL.format(year=n.due_on.year) if n.provisional else ""
    return NEXT_DUE.format(name=n.name, limit=n.limit_days, due=_date(n.due_on), note=note)


def _runs(sentence: str) -> list[tuple[str, bool]]:
    return [(piece, i % 2 == 1) for i, piece in enumerate(sentence.split("**")) if piece]


class _Layout:
    """Where each part of a receipt goes on a page of one size."""

    def __init__(self, paper: str):
        self.size = page_size(paper)
        self.m = METRICS[paper]
        self.x, self.width = MARGINS, frame_width(self.size, MARGINS)
        self.half = (self.size[1] - 2 * MARGINS - CUT) / 2
        self.label_w = 20 * mm if paper == "A5" else 24 * mm
        self.rows = [GridRow(tuple((label, "") for label in labels)) for labels in LABELS]

    def top(self, part: int) -> float:
        return self.size[1] - MARGINS - part * (self.half + CUT)

    def grid_top(self, part: int) -> float:
        m = self.m
        return self.top(part) - m.title * 1.3 - m.subtitle * 1.5 - 2 * mm

    def frame(self, font: str, bureau: str, part: int):
        """The part of a receipt that is the same on every copy."""
        m = self.m

        def draw(c: Canvas) -> None:
            top = self.top(part)
            c.setFont(font, m.title)
            c.drawCentredString(self.x + self.width / 2, top - m.title, f"{bureau}{TITLE}")
            c.setFont(font, m.subtitle)
            c.drawCentredString(self.x + self.width / 2, top - m.title * 1.3 - m.subtitle, f"（{PARTS[part]}）")
            draw_grid_frame(c, font, m.cell, self.x, self.grid_top(part), self.width, self.label_w, self.rows, m.row)
            draw_signature_lines(c, font, m.body, self.x, top - self.half + 1 * mm, self.width, SIGNERS,
                                 m.signature_row)
            if part == 0:
                draw_cut_line(c, font, self.x, top - self.half - CUT / 2, self.width)
        return draw

    def fill(self, c: Canvas, font: str, data: ReceiptData, part: int) -> float:
        """The values of one part; returns the y under its last line (above the signature lines if it fits)."""
        m = self.m
        values = ((data.case_number, data.station), (data.customer_name, data.phone), (data.address,),
                  (data.stage_name, _date(data.done_on)))
        rows = [GridRow(tuple(zip(labels, vals))) for labels, vals in zip(LABELS, values)]
        y = self.grid_top(part)
        draw_grid_values(c, font, m.cell, self.x, y, self.width, self.label_w, rows, m.row)
        y -= len(rows) * m.row + 3 * mm
        lines = wrap_runs(_runs(next_sentence(data)), font, m.body, self.width)
        y = draw_runs(c, font, m.body, m.body * 1.5, self.x, y, lines) - 2 * mm
        contact = CONTACT.format(station=data.station, phone=data.station_phone or "—", lines=COMPLAINT_LINES)
        return draw_text(c, font, m.small, self.x, y, self.width, contact)

    def room(self, part: int) -> float:
        """The lowest y the values may reach: the top of the signature lines."""
        return self.top(part) - self.half + 1 * mm + len(SIGNERS) * self.m.signature_row


def draw_receipts(c: Canvas, receipts: Iterable[ReceiptData], paper: str = "A4") -> list[float]:
    """One receipt a page on canvas `c`; returns, per part drawn, how much room was left above the
    signature lines (negative: the text ran into them)."""
    layout, font, forms = _Layout(paper), cjk_font().name, FormCache(c)
    spare = []
    for data in receipts:
        for part in (0, 1):
            forms.place((paper, data.bureau, part), layout.frame(font, data.bureau, part))
            spare.append(layout.fill(c, font, data, part) - layout.room(part))
        c.showPage()
    return spare


def write_receipts(path: str | Path, receipts: list[ReceiptData], paper: str = "A4") -> Path:
    """Receipts in one file, one page each (a day's batch, or just one)."""
    path = Path(path)
    c = Canvas(str(path), pagesize=page_size(paper), pageCompression=1)
    c.setAuthor("业扩服务监督台")
    c.setTitle(f"{TITLE} {receipts[0].case_number}" if len(receipts) == 1 else f"{TITLE}（{len(receipts)} 份）")
    draw_receipts(c, receipts, paper)
    c.save()
    return path


def write_receipt(path: str | Path, data: ReceiptData, paper: str = "A4") -> Path:
    return write_receipts(path, [data], paper)
