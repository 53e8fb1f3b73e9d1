"""The small layout toolkit every paper shares: styles, a header block, a field grid, a table whose header
repeats on every page, and signature lines (the receipt, printed by the thousand, is drawn by drawn.py)."""
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

from .fonts import cjk_font, markup

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
    out: list[Flowable] = [Paragraph(markup(title, s.title.fontName), s.title)]
    if subtitle:
        out.append(Paragraph(markup(subtitle, s.subtitle.fontName), s.subtitle))
    out.append(Spacer(1, 3 * mm))
    return out


def fitted(s: Styles, value: object, width: float):
    """Plain text when it fits the cell on one line (drawn in the table's font; much cheaper than a
    Paragraph at thousands of cells), else a wrapping Paragraph."""
    text = "" if value is None else str(value)
    marked = markup(text, s.cell.fontName)  # a rare character in the second font
    if marked == text and "<" not in text and stringWidth(text, s.cell.fontName, s.cell.fontSize) <= width - 7:
        return text
    return Paragraph(marked, s.cell)


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


LONG_TABLE_ROWS = 200


def data_tables(s: Styles, headers: Sequence[str], rows: Sequence[Sequence[object]],
                widths: Sequence[float]) -> list[Flowable]:
    """A long list as tables of 200 rows, each with its header row (repeated on every page as well).

    One table of thousands of rows is quadratic to lay out: reportlab measures every row left at each page
    break (4,000 revisits took 2.5 times as long as 2,000). In pieces the work is linear; the price is a header
    row again every 200 rows, which reads as a "continued" mark."""
    return [data_table(s, headers, rows[lo:lo + LONG_TABLE_ROWS], widths)
            for lo in range(0, max(len(rows), 1), LONG_TABLE_ROWS)]


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
