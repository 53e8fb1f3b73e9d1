"""The canvas-drawn receipt: text wrapped the Chinese way, every part inside its half of the page at A4
and A5, and a batch that carries its frame once."""
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from yekuo_desk.documents.drawn import NO_LINE_START, fit, wrap
from yekuo_desk.documents.fonts import cjk_font
from yekuo_desk.documents.layout import page_size
from yekuo_desk.documents.receipt import draw_receipts, write_receipts
from yekuo_desk.services.papers import NextStage, ReceiptData

FONT = cjk_font().name
RECEIPT = ReceiptData("澄川县供电局", "城关供电所", "0877-6012345", "CG-2026-00001", "澄川物流股份有限公司",
                      "澄川县城关镇和平村12号", "13812345678", "acceptance", "业务受理", date(2026, 11, 17),
                      NextStage("供电方案答复", 15, date(2026, 12, 7), False, ""), date(2026, 11, 20))
LONGEST = replace(RECEIPT, customer_name="澄川县龙潭镇东风社区居民委员会农贸市场综合楼建设项目部（筹）",
                  address="玉溪市澄川县龙潭镇东风社区居民委员会第三居民小组农贸市场综合楼东侧二号配电室旁临时用电点",
                  station="龙潭供电所（城乡结合部服务站）", station_phone="0877-6012345 转 8021",
                  next=NextStage("高压供电工程竣工检验及装表接电", 30, date(2027, 1, 1), True, ""))

text_st = st.text(alphabet=st.sampled_from(list("供电方案答复澄川县（）“”，。、：12345678 90-ABCab")), max_size=120)


@settings(max_examples=200, deadline=None)
@given(text=text_st, width=st.floats(min_value=30, max_value=400))
def test_wrapping_keeps_every_character_and_the_width(text, width):
    lines = wrap(text, FONT, 10, width)
    assert "".join(lines) == text
    for line in lines:
        # A line wider than the box is a single unbreakable piece (a long number), never two pieces.
        assert stringWidth(line, FONT, 10) <= width + 0.01 or len(wrap(line, FONT, 10, 1e6)) == 1
    for line in lines[1:]:
        assert line[:1] not in NO_LINE_START


def test_dates_and_phone_numbers_are_never_broken():
    lines = wrap("请于2026年12月7日前致电0877-6012345办理", FONT, 10, 60)
    assert any("0877-6012345" in line for line in lines) and any("2026年12月7日" in line for line in lines)
    assert not any(line.endswith("“") or line.endswith("（") for line in wrap("应于（暂定）“方案”" * 5, FONT, 10, 50))


def test_a_value_too_long_for_its_cell_gets_smaller_then_is_cut_short():
    size, lines = fit("澄川物流股份有限公司", FONT, 9.5, 200, 19)
    assert size == 9.5 and lines == ["澄川物流股份有限公司"]
    size, lines = fit("澄川县龙潭镇东风社区居民委员会农贸市场综合楼建设项目部", FONT, 9.5, 100, 19)
    assert size < 9.5 and len(lines) * size * 1.2 <= 19 and "".join(lines).startswith("澄川县")
    size, lines = fit("很长的名称" * 30, FONT, 9.5, 100, 19)
    assert lines[-1].endswith("…") and len(lines) * size * 1.2 <= 19


def test_every_part_fits_above_its_signature_lines_at_a4_and_a5(tmp_path):
    for paper in ("A4", "A5"):
        c = Canvas(str(tmp_path / f"{paper}.pdf"), pagesize=page_size(paper))
        spare = draw_receipts(c, [RECEIPT, LONGEST], paper)
        assert len(spare) == 4 and min(spare) >= 0, (paper, spare)


def test_a_batch_is_one_page_a_receipt_and_carries_its_frame_once(tmp_path):
    batch = [replace(RECEIPT, case_number=f"CG-2026-{n:05d}", customer_name=f"客户{n}") for n in range(1, 51)]
    path = write_receipts(tmp_path / "day.pdf", batch)
    pdf = PdfReader(str(path))
    assert len(pdf.pages) == 50
    for n in (1, 27, 50):
        text = pdf.pages[n - 1].extract_text()
        assert text.count(f"CG-2026-{n:05d}") == 2 and f"客户{n}" in text and "存根联" in text
    frames = [{k: v.idnum for k, v in page["/Resources"]["/XObject"].items()} for page in pdf.pages]
    assert len(frames[0]) == 2 and all(f == frames[0] for f in frames)  # the same two forms on every page
    assert path.stat().st_size < 50 * 8_000 + 300_000  # the font subset once, a few KB a page


def test_the_complaint_line_never_starts_a_line():
    """Issue 10: "对服务不满意可拨打 95598（…）" is never broken before 95598, at any width."""
    from yekuo_desk.documents.receipt import CONTACT
    from yekuo_desk.services.papers import COMPLAINT_LINES

    text = CONTACT.format(station="城关供电所", phone="0877-6012345", lines=COMPLAINT_LINES)
    for width in range(60, 400, 3):
        lines = wrap(text, FONT, 9, width)
        assert "".join(lines) == text
        assert not any(line.startswith("95598") for line in lines), width
