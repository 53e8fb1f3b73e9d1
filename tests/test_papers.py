"""Printed papers: their text is extracted (pypdf and pdftotext) and checked; the CJK font is embedded."""
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from yekuo_desk.documents.acceptance import write_card, write_notice
from yekuo_desk.documents.fonts import cjk_font
from yekuo_desk.documents.receipt import write_receipt
from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.papers import PaperError, acceptance_data, receipt_data

TODAY = date(2026, 11, 20)


def text_of(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    """The text with its line breaks taken out: a sentence reads the same wherever the paper wraps it."""
    return text.replace("\n", "")


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor and any(k in descriptor.get_object() for k in ("/FontFile2", "/FontFile", "/FontFile3")):
                names.add(str(font["/BaseFont"]))
    return names


@pytest.fixture
def accepted_case(db, station):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="澄川物流股份有限公司",
                                              category="hv_single", accepted_on=date(2026, 11, 16),
                                              address="澄川县龙潭镇东风社区78号", phone="18891519085"), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    return case_id


def test_a_receipt_tells_the_next_stage_its_limit_and_due_date(db, accepted_case, tmp_path):
    path = write_receipt(tmp_path / "r.pdf", receipt_data(db, accepted_case, "acceptance", TODAY))
    text = flat(text_of(path))
    for part in ("客户联", "存根联"):
        assert part in text
    assert text.count("CG-2026-00001") == 2 and "澄川物流股份有限公司" in text and "龙潭镇东风社区78号" in text
    assert "业务受理" in text and "2026年11月17日" in text
    # 高压单电源: 15 working days from acceptance (2026-11-16) for the supply plan reply.
    assert "“供电方案答复”的办理时限为 15 个工作日" in text and "2026年12月7日" in text
    assert "95598" in text and "12398" in text and "0877-6012345" in text
    assert len(PdfReader(str(path)).pages) == 1
    if shutil.which("pdftotext"):
        layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert "2026年12月7日" in layout and "经办人（签字）" in layout
    assert cjk_font().path and embedded_fonts(path)  # a TrueType CJK font, embedded


def test_a_provisional_due_date_is_marked(db, station, tmp_path):
    # 30 working days from 2026-11-20 end on 2027-01-04: 2027's schedule is not published, so it is counted
    # with the statutory days off (New Year's Day, Fri 1 Jan 2027) and marked provisional.
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="hv_dual",
                                              accepted_on=date(2026, 11, 20)), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 20), today=TODAY)
    text = flat(text_of(write_receipt(tmp_path / "r.pdf", receipt_data(db, case_id, "acceptance", TODAY))))
    assert "30 个工作日" in text and "2027年1月4日" in text and "2027年节假日安排公布前为暂定日期" in text


def test_a_customer_driven_next_stage_says_when_its_clock_starts(db, station, tmp_path):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="lv_nonresident",
                                              accepted_on=date(2026, 11, 2)), today=TODAY)
    for code, on in [("acceptance", 3), ("site_survey", 4), ("plan_reply", 6)]:
        cases.record_completion(db, case_id, code, date(2026, 11, on), today=TODAY)
    text = flat(text_of(write_receipt(tmp_path / "r.pdf", receipt_data(db, case_id, "plan_reply", TODAY))))
    assert "“竣工检验”的办理时限为 5 个工作日，自您竣工报验之日起计算" in text


def test_a_reprint_names_the_same_next_stage_after_it_was_recorded(db, accepted_case, tmp_path):
    """Issue 10: a receipt reprinted after the plan reply was recorded still tells what the customer was told."""
    before = flat(text_of(write_receipt(tmp_path / "a.pdf", receipt_data(db, accepted_case, "acceptance", TODAY))))
    cases.record_completion(db, accepted_case, "site_survey", date(2026, 11, 18), today=TODAY)
    cases.record_completion(db, accepted_case, "plan_reply", date(2026, 11, 19), today=TODAY)
    again = receipt_data(db, accepted_case, "业务受理", TODAY)  # the Chinese name serves too
    after = flat(text_of(write_receipt(tmp_path / "b.pdf", again)))
    assert "“供电方案答复”的办理时限为 15 个工作日" in after and "2026年12月7日" in after
    assert "后续环节无规定时限" not in after
    assert before.split("下一环节")[1][:40] == after.split("下一环节")[1][:40]


def test_no_receipt_for_a_stage_not_done_or_unknown(db, accepted_case):
    with pytest.raises(PaperError, match="尚未完成"):
        receipt_data(db, accepted_case, "plan_reply", TODAY)
    with pytest.raises(PaperError, match="“payment”之后不出具书面回执"):
        receipt_data(db, accepted_case, "payment", TODAY)
    with pytest.raises(PaperError, match="“site_survey”之后不出具书面回执.*竣工检验（completion_inspection）"):
        receipt_data(db, accepted_case, "site_survey", TODAY)  # seed 000 art. 8: four stages only
    with pytest.raises(PaperError, match="不适用"):
        receipt_data(db, accepted_case, "design_review", TODAY)


def test_the_acceptance_papers(db, accepted_case, tmp_path):
    data = acceptance_data(db, accepted_case, TODAY)
    notice = text_of(write_notice(tmp_path / "n.pdf", data))
    assert "客户业扩报装办理告知书" in notice and "项目批复" in notice and "一证受理" in notice
    assert "三不指定" in notice and "自主选择" in notice and "收费" in notice
    assert "供电方案答复" in notice and "15 个工作日" in notice and "7 个工作日" in notice  # completion inspection
    card = text_of(write_card(tmp_path / "c.pdf", data, "A5"))
    assert "业务联系卡" in card and "CG-2026-00001" in card and "0877-6012345" in card
    from yekuo_desk.documents.acceptance import phone_label
    assert (phone_label("13908771234"), phone_label("0877-6012345")) == ("手机", "电话")
    landline = text_of(write_card(tmp_path / "l.pdf", replace(data, manager="李娜", manager_phone="0877-6019999")))
    assert "电话" in landline and "手机" not in landline


def test_the_monthly_papers_from_the_command_line(demo_db, tmp_path):
    """The monthly revisit report (PDF and Excel), the plan sheet, the assessment and a feedback form."""
    import subprocess, sys  # noqa: E401
    from openpyxl import load_workbook
    from sqlalchemy import select

    from yekuo_desk.models import FeedbackForm
    from yekuo_desk.services.revisit_report import monthly_report
    from yekuo_desk.services.stations import list_stations
    db_path = demo_db.location
    demo_db.dispose()

    def run(*args, ok=True):
        p = subprocess.run([sys.executable, "main.py", *args, "--db", db_path], capture_output=True, text=True,
                           cwd=str(__import__("pathlib").Path(__file__).parent.parent))
        assert (p.returncode == 0) == ok, p.stderr
        return p

    run("report", "revisits", "--month", "2026-10", "--out", str(tmp_path / "r.pdf"), "--preparer", "李稽查")
    pdf = PdfReader(str(tmp_path / "r.pdf"))
    assert len(pdf.pages) > 1 and all("回访日期" in page.extract_text() for page in pdf.pages[:-1])  # header repeats
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "客户业扩服务回访月报表" in text and "回访率" in text and "满意率" in text and "李稽查" in text
    run("report", "revisits", "--month", "2026-10", "--out", str(tmp_path / "r.xlsx"))
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert ws.freeze_panes == "A4" and ws["A3"].value == "序号"
    assert isinstance(ws["B4"].value, __import__("datetime").datetime)  # a real date, not text
    rates = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(1, ws.max_row + 1)}
    rep = monthly_report(__import__("yekuo_desk.db", fromlist=["x"]).open_database(db_path), "2026-10")
    assert rates["回访率"].value == pytest.approx(rep.revisit_rate) and rates["回访率"].number_format == "0.0%"
    assert rates["计划回访"].value == rep.planned and ws.max_row >= len(rep.rows) + 3
    station = list_stations(__import__("yekuo_desk.db", fromlist=["x"]).open_database(db_path))[0].name
    run("report", "revisit-plan", "--month", "2026-11", "--station", station, "--out", str(tmp_path / "p.pdf"))
    plan_text = flat(text_of(tmp_path / "p.pdf"))
    assert "业扩服务回访计划" in plan_text and station in plan_text and "2026年11月" in plan_text
    assert "报监察审计部" in plan_text and "2026-11" not in plan_text  # seed 000 art. 9
    run("report", "assessment", "--month", "2026-10", "--out", str(tmp_path / "a.pdf"), "--today", "2026-11-20")
    assert "全局合计" in text_of(tmp_path / "a.pdf") and "监察审计部（签字）" in text_of(tmp_path / "a.pdf")
    bad = run("report", "revisit-plan", "--month", "2026-11", "--station", station, "--out",
              str(tmp_path / "p.xlsx"), ok=False)
    assert "输出文件应为 .pdf" in bad.stderr
    from yekuo_desk.db import open_database
    with open_database(db_path).session() as s:
        report_number = s.scalar(select(FeedbackForm.number).where(FeedbackForm.kind == "report"))
        any_number = s.scalar(select(FeedbackForm.number))
    number = report_number or any_number
    run("print", "feedback", "--number", number, "--out", str(tmp_path / "f.pdf"))
    form = text_of(tmp_path / "f.pdf")
    assert number in form and "情况反馈单" in form
    if report_number:
        assert "举报人信息保密" in form
    missing = run("print", "feedback", "--number", "FK-0000", "--out", str(tmp_path / "x.pdf"), ok=False)
    assert "没有编号为 FK-0000 的反馈单" in missing.stderr


def test_the_monthly_report_workbook_prints_readably(demo_db, tmp_path):
    """Issue 10: the title and the particulars span the table, every column is wide enough for its header,
    long text wraps, months read 2026年10月. (Rendered with LibreOffice when it is installed.)"""
    from openpyxl import load_workbook

    from yekuo_desk.documents.revisit_report import HEADERS, text_width, write_xlsx
    from yekuo_desk.services.revisit_report import monthly_report

    path = write_xlsx(tmp_path / "月报.xlsx", monthly_report(demo_db, "2026-10"), "澄川县供电局")
    ws = load_workbook(path).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    last = ws.cell(3, len(HEADERS)).column_letter
    assert {f"A1:{last}1", f"A2:{last}2"} <= merged and "月份：2026年10月" in ws["A2"].value
    for col, header in enumerate(HEADERS, start=1):
        assert ws.cell(3, col).value == header
        assert ws.column_dimensions[ws.cell(3, col).column_letter].width >= text_width(header)
    for header in ("客户名称", "客户意见"):
        assert ws.cell(4, HEADERS.index(header) + 1).alignment.wrap_text
    if shutil.which("soffice"):
        out = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                             capture_output=True, timeout=180)
        assert out.returncode == 0
        text = flat(text_of(tmp_path / "月报.pdf"))
        assert "澄川县供电局客户业扩服务回访月报表" in text and "客户意见" in text


def test_rare_characters_print_in_a_second_font_and_missing_ones_are_named(db, station, tmp_path, capsys):
    """Issue 14: 𠀀 (CJK extension B) and an emoji printed blank without a word."""
    from yekuo_desk.cli import main
    from yekuo_desk.documents.fonts import fallback_font, take_missing

    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="王𠀀五😀", category="resident",
                                              accepted_on=date(2026, 11, 16)), today=TODAY)
    number = cases.get_case(db, case_id, TODAY).case_number
    take_missing()
    path = write_card(tmp_path / "card.pdf", acceptance_data(db, case_id, TODAY))
    missing = take_missing()
    assert "😀" in missing  # no embeddable font has emoji: named for the user
    if fallback_font() is not None:  # the CI machine installs one (fonts-hanazono)
        assert "𠀀" not in missing and any("HanaMin" in f or "ExtB" in f for f in embedded_fonts(path)), \
            embedded_fonts(path)
    db.dispose()
    out = tmp_path / "again.pdf"
    assert main(["print", "card", "--db", str(tmp_path / "test.db"), "--case", number, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "会印成空白" in err and "“😀”" in err and out.exists()
    # a paper is a PDF: another suffix is refused before anything is written
    assert main(["print", "card", "--db", str(tmp_path / "test.db"), "--case", number,
                 "--out", str(tmp_path / "card.xlsx")]) == 1
    assert "只能保存为 PDF" in capsys.readouterr().err and not (tmp_path / "card.xlsx").exists()
