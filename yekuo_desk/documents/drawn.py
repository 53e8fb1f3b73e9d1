"""Drawing straight on a reportlab canvas, for a paper printed by the thousand (a day's receipts): no
platypus layout pass, only measured text wrapped by character as Chinese is, ruled cells, and the parts
that are the same on every copy drawn once as a PDF form and placed on each page."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .fonts import segments
from .layout import GRID, SHADE

Run = tuple[str, bool]  # a piece of text, and whether it is emphasised

# A run of Latin letters or digits, or a date, is kept whole (a date or a phone number never breaks in two), and the
# marks that may not begin a line stay with the character before them, and the opening marks with the
# character after them.
_TOKEN = re.compile(r"\d+年\d+月\d+日|[A-Za-z0-9\-.:/@_]+|.", re.S)
NO_LINE_START = set("，。、；：？！）》」』”’%·…,.;:?!)]")
NO_LINE_END = set("（《「『“‘([")


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    glue = False  # after a space, a number or Latin word stays with what precedes: "拨打 95598" never puts
    for tok in _TOKEN.findall(text):  # 95598 at the start of a line
        number = tok[:1].isascii() and tok[:1].isalnum()
        if out and ((glue and number) or tok in NO_LINE_START or out[-1][-1] in NO_LINE_END or tok.isspace()):
            out[-1] += tok
        else:
            out.append(tok)
        glue = tok.isspace()
    return out


def wrap_runs(runs: Sequence[Run], font: str, size: float, width: float) -> list[list[Run]]:
    """Break runs of text into lines no wider than `width` (a token wider than a line goes on its own)."""
    face = pdfmetrics.getFont(font)
    lines: list[list[Run]] = [[]]
    used = 0.0
    for text, bold in runs:
        buf = ""
        for tok in _tokens(text):
            w = face.stringWidth(tok, size)
            if used + w > width and (buf or lines[-1]):
                if buf:
                    lines[-1].append((buf, bold))
                    buf = ""
                lines.append([])
                used = 0.0
            buf += tok
            used += w
        if buf:
            lines[-1].append((buf, bold))
    return lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return ["".join(t for t, _ in line) for line in wrap_runs([(text, False)], font, size, width)]


def fit(text: str, font: str, size: float, width: float, height: float, smallest: float = 6.5):
    """The largest size from `size` down to `smallest` at which the text, wrapped, fits the box; text too
    long even at the smallest size is cut short with an ellipsis rather than run out of the box."""
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * 1.2 <= height:
            return size, lines
        if size <= smallest:
            keep = max(1, int(height // (size * 1.2)))
            last = lines[keep - 1]
            while last and pdfmetrics.stringWidth(last + "…", font, size) > width:
                last = last[:-1]
            return size, lines[:keep - 1] + [last + "…"]
        size = max(smallest, size - 1)


def draw_runs(c: Canvas, font: str, size: float, leading: float, x: float, top: float,
              lines: list[list[Run]], centred_in: float = 0) -> float:
    """Draw wrapped lines below `top` (an emphasised run is filled and stroked: the font has no bold);
    returns the y under the last line."""
    t = c.beginText()
    t.setFont(font, size, leading)
    c.setLineWidth(size * 0.04)
    y = top - size
    for line in lines:
        lx = x
        if centred_in:
            lx += (centred_in - sum(pdfmetrics.stringWidth(s, font, size) for s, _ in line)) / 2
        t.setTextOrigin(lx, y)
        for s, bold in line:
            t.setTextRenderMode(2 if bold else 0)
            for piece, name in segments(s, font):  # a rare character in the second font, where one is installed
                if name != font:
                    t.setFont(name, size, leading)
                t.textOut(piece)
                if name != font:
                    t.setFont(font, size, leading)
        y -= leading
    t.setTextRenderMode(0)
    c.drawText(t)
    return top - leading * len(lines) - (size * 0.2)


def draw_text(c: Canvas, font: str, size: float, x: float, top: float, width: float, text: str,
              leading: float | None = None, centred: bool = False) -> float:
    lines = wrap_runs([(text, False)], font, size, width)
    return draw_runs(c, font, size, leading or size * 1.4, x, top, lines, width if centred else 0)


@dataclass(frozen=True)
class GridRow:
    """One row of a field grid: one or two (label, value) pairs; a single pair spans the row."""
    cells: tuple[tuple[str, str], ...]


def grid_boxes(x: float, width: float, label_w: float, cells: int) -> list[tuple[float, float, float, float]]:
    """(label x, label width, value x, value width) for each pair of a row."""
    pair_w = width / cells
    return [(x + i * pair_w, label_w, x + i * pair_w + label_w, pair_w - label_w) for i in range(cells)]


def draw_grid_frame(c: Canvas, font: str, size: float, x: float, top: float, width: float, label_w: float,
                    rows: Sequence[GridRow], row_h: float) -> float:
    """The ruled cells and the shaded labels of a field grid; returns its bottom."""
    c.setLineWidth(0.5)
    c.setStrokeColor(GRID)
    c.setFillColor(SHADE)
    for r, row in enumerate(rows):
        y = top - (r + 1) * row_h
        for lx, lw, vx, vw in grid_boxes(x, width, label_w, len(row.cells)):
            c.rect(lx, y, lw, row_h, stroke=1, fill=1)
            c.rect(vx, y, vw, row_h, stroke=1, fill=0)
    c.setFillColor(colors.black)
    c.setFont(font, size)
    for r, row in enumerate(rows):
        base = top - r * row_h - row_h / 2 - size * 0.35
        for (label, _), (lx, lw, _, _) in zip(row.cells, grid_boxes(x, width, label_w, len(row.cells))):
            c.drawString(lx + 3, base, label)
    return top - len(rows) * row_h


def draw_grid_values(c: Canvas, font: str, size: float, x: float, top: float, width: float, label_w: float,
                     rows: Sequence[GridRow], row_h: float) -> None:
    """The values of a field grid, each fitted into its cell (smaller and wrapped when long)."""
    c.setFillColor(colors.black)
    for r, row in enumerate(rows):
        for (_, value), (_, _, vx, vw) in zip(row.cells, grid_boxes(x, width, label_w, len(row.cells))):
            fsize, lines = fit(value, font, size, vw - 6, row_h - 1)
            leading = fsize * 1.2
            first_baseline = top - r * row_h - row_h / 2 + (len(lines) - 1) * leading / 2 - fsize * 0.35
            draw_runs(c, font, fsize, leading, vx + 3, first_baseline + fsize, [[(s, False)] for s in lines])


def draw_signature_lines(c: Canvas, font: str, size: float, x: float, bottom: float, width: float,
                         labels: Sequence[str], row_h: float) -> None:
    """Each label with a line to sign on and a date line, the last row resting on `bottom`."""
    c.setFont(font, size)
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    for i, label in enumerate(reversed(labels)):
        y = bottom + i * row_h + 2
        c.drawString(x, y + 2, f"{label}（签字）：")
        c.line(x + width * 0.28, y, x + width * 0.62, y)
        c.drawString(x + width * 0.64, y + 2, "日期：")
        c.line(x + width * 0.72, y, x + width, y)


def draw_cut_line(c: Canvas, font: str, x: float, y: float, width: float, text: str = "沿此线剪开") -> None:
    """A dashed line across the page with a note: where the two parts of a paper are cut apart."""
    c.saveState()
    c.setDash(4, 3)
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.5)
    c.line(x, y, x + width, y)
    c.setDash()
    c.setFont(font, 8)
    w = c.stringWidth(text, font, 8)
    c.setFillColor(colors.white)
    c.rect(x + (width - w) / 2 - 4, y - 5, w + 8, 10, stroke=0, fill=1)
    c.setFillColor(colors.grey)
    c.drawCentredString(x + width / 2, y - 3, text)
    c.restoreState()


class FormCache:
    """Parts of a page that are the same on every copy, drawn once into a PDF form (XObject) and then
    placed on each page: a thousand receipts carry one copy of their frame, not a thousand."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.names: dict[tuple, str] = {}

    def place(self, key: tuple, draw) -> None:
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = f"frame{len(self.names)}"
            self.canvas.beginForm(name)
            draw(self.canvas)
            self.canvas.endForm()
        self.canvas.doForm(name)
