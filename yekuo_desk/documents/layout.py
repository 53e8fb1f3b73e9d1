"""The small layout toolkit every paper shares: styles, a header block, a field grid, a table whose header
repeats on every page, signature lines and a cut line."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import cjk_font

GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#eef2f6")


class Styles:
    def __init__(self, font: str):
        self.title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=10.5, leading=15, alignment=TA_CENTER)
        self.body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16)
        self.small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=12)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=13)


def styles() -> Styles:
    return Styles(cjk_font().name)


def header(s: Styles, title: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [Paragraph(title, s.title)]
    if subtitle:
        out.append(Paragraph(subtitle, s.subtitle))
    out.append(Spacer(1, 3 * mm))
    return out


def fitted(s: Styles, value: object, width: float):
    """Plain text when it fits the cell on one line (drawn in the table's font; much cheaper than a
    Paragraph at thousands of cells), else a wrapping Paragraph."""
    text = "" if value is None else str(value)
    if "<" not in text and stringWidth(text, s.cell.fontName, s.cell.fontSize) <= width - 7:
        return text
    return Paragraph(text, s.cell)


def table_font(s: Styles) -> list[tuple]:
    return [("FONTNAME", (0, 0), (-1, -1), s.cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize)]


WIDE = "wide"  # a field_grid pair given as (label, value, WIDE) takes the whole row


def field_grid(s: Styles, pairs: Sequence[tuple], width: float, columns: int = 2) -> Table:
    """Label/value pairs, `columns` pairs a row; labels shaded; (label, value, WIDE) spans the row."""
    label_w = 24 * mm
    value_w = width / columns - label_w
    rows, row, spans = [], [], []

    def close_row() -> None:
        nonlocal row
        if row:
            rows.append(row + [""] * (2 * columns - len(row)))
            row = []
    for pair in pairs:
        label, value = pair[0], pair[1]
        if len(pair) > 2 and pair[2] == WIDE:
            close_row()
            rows.append([fitted(s, label, label_w), fitted(s, value, width - label_w)] + [""] * (2 * columns - 2))
            r = len(rows) - 1
            spans += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (1, r), (-1, r), colors.white)]
            continue
        row += [fitted(s, label, label_w), fitted(s, value, value_w)]
        if len(row) == 2 * columns:
            close_row()
    close_row()
    table = Table(rows, colWidths=[label_w, value_w] * columns)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *table_font(s)]
    cmds += [("BACKGROUND", (c, 0), (c, -1), SHADE) for c in range(0, 2 * columns, 2)]
    cmds += spans  # after the shading, so a spanned value is not shaded
    table.setStyle(TableStyle(cmds))
    return table


def data_table(s: Styles, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    """A table whose header row repeats on every page."""
    table = Table([[fitted(s, h, widths[c]) for c, h in enumerate(headers)]]
                  + [[fitted(s, v, widths[c]) for c, v in enumerate(r)] for r in rows],
                  colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *table_font(s)]))
    return table


def signature_lines(s: Styles, labels: Sequence[str], width: float) -> Table:
    """Each label with a line to sign on and a date line."""
    rows = [[f"{label}（签字）：", "", "日期：", ""] for label in labels]
    table = Table(rows, colWidths=[width * 0.28, width * 0.34, width * 0.1, width * 0.28], rowHeights=10 * mm)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.body.fontName),
                               ("FONTSIZE", (0, 0), (-1, -1), s.body.fontSize),
                               ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                               ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table


class CutLine(Flowable):
    """A dashed line across the page with a note: where the two parts of a paper are cut apart."""

    def __init__(self, width: float, font: str, text: str = "沿此线剪开"):
        super().__init__()
        self.width, self.height, self._font, self._text = width, 8 * mm, font, text

    def draw(self) -> None:
        c = self.canv
        c.setDash(4, 3)
        c.setStrokeColor(colors.grey)
        y = self.height / 2
        c.line(0, y, self.width, y)
        c.setDash()
        c.setFont(self._font, 8)
        w = c.stringWidth(self._text, self._font, 8)
        c.setFillColor(colors.white)
        c.rect((self.width - w) / 2 - 4, y - 5, w + 8, 10, stroke=0, fill=1)
        c.setFillColor(colors.grey)
        c.drawCentredString(self.width / 2, y - 3, self._text)


def halves(first: list[Flowable], second: list[Flowable], size, margins: float, font: str) -> Table:
    """Two parts of one paper, each on its own half of the page, with a cut line between."""
    width = frame_width(size, margins)
    cut = 10 * mm
    frame_padding = 12  # points: SimpleDocTemplate's frame pads 6 pt above and below
    half = (size[1] - 2 * margins - cut - frame_padding) / 2 - 1 * mm
    # Each part goes straight into its fixed-height cell (it is made to fit half a page): a shrinking
    # KeepInFrame would lay it out again and again, which costs seconds in a batch of a thousand.
    table = Table([[first], [CutLine(width, font)], [second]], colWidths=[width], rowHeights=[half, cut, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def page_size(name: str = "A4", wide: bool = False):
    from reportlab.lib.pagesizes import A5
    size = {"A4": A4, "A5": A5}[name]
    return landscape(size) if wide else size


def build(path: str | Path, story: list[Flowable], *, size=A4, title: str = "", margins: float = 15 * mm,
          page_numbers: bool = False) -> Path:
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=margins, rightMargin=margins, topMargin=margins,
                            bottomMargin=margins, title=title, author="业扩服务监督台", pageCompression=1)
    font = cjk_font().name

    def number(canvas, document) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(size[0] / 2, margins / 2, f"第 {document.page} 页")
    if page_numbers:
        doc.build(story, onFirstPage=number, onLaterPages=number)
    else:
        doc.build(story)
    return path


def frame_width(size=A4, margins: float = 15 * mm) -> float:
    return size[0] - 2 * margins
